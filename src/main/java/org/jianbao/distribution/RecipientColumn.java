package org.jianbao.distribution;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The columns of a recipients list, each with the header texts that name it (Chinese and English). */
enum RecipientColumn {
    NAME(true, "名称", "收件单位", "单位名称", "部门", "name"),
    ROLE(false, "报送", "角色", "报尾", "role"),
    EMAIL(false, "邮箱", "电子邮箱", "邮件地址", "email"),
    FOLDER(false, "文件夹", "共享文件夹", "folder"),
    KINDS(false, "文种", "接收文种", "文件", "documents", "kinds"),
    UNITS(false, "所属单位", "接收单位范围", "units");

    private final boolean required;
    private final List<String> headers;

    RecipientColumn(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    boolean required() {
        return required;
    }

    String label() {
        return headers.get(0);
    }

    static Optional<RecipientColumn> recognise(String header) {
        String key = header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\u3000]+", "");
        for (RecipientColumn column : values()) {
            if (column.headers.contains(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
