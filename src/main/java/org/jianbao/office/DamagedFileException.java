package org.jianbao.office;

/**
 * A file the user gave us that cannot be read as what it claims to be (a damaged or truncated zip, a part
 * missing, malformed XML, a Word 97-2003 file renamed .docx) or that is refused as hostile (a zip bomb).
 * Shown as one line naming the file and the problem; exit code 2.
 */
public class DamagedFileException extends RuntimeException {

    private final String file;
    private final String problem;

    public DamagedFileException(String file, String problem) {
        this(file, problem, null);
    }

    public DamagedFileException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    /** The problem without the file name. */
    public String problem() {
        return problem;
    }
}
