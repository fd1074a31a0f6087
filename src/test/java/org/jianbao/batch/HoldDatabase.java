package org.jianbao.batch;

import java.sql.Connection;
import java.sql.DriverManager;

/** Another process on the database: connects (H2 mixed mode), says so, and holds on until its stdin closes. */
public final class HoldDatabase {

    private HoldDatabase() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
            connection.createStatement().execute("select 1");
            System.out.println("connected");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to let go
            }
        }
    }
}
