package dev.slidejar.diag;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A problem found in a deck, with the place it was found: {@code slides.md:42:3: error: message}.
 *
 * @param pos where; {@code null} only for problems that belong to no file (a missing entry)
 * @param hint an optional second line telling the user what to do, or {@code null}
 */
public record Diagnostic(Severity severity, SourcePos pos, String message, String hint) {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic error(SourcePos pos, String message) {
        return new Diagnostic(Severity.ERROR, pos, message, null);
    }

    public static Diagnostic warning(SourcePos pos, String message) {
        return new Diagnostic(Severity.WARNING, pos, message, null);
    }

    /**
     * {@code cannot write 'PATH': REASON}, the reason as the system gave it ({@code no such file or folder},
     * {@code permission denied}, {@code Read-only file system}), naming the file it concerns when that is another.
     */
    public static Diagnostic cannotWrite(Path path, IOException e) {
        String reason;
        if (e instanceof NoSuchFileException) {
            reason = "no such file or folder";
        } else if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof FileAlreadyExistsException) {
            reason = "a file is in the way";
        } else if (e instanceof NotDirectoryException) {
            reason = "not a folder";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            reason = f.getReason();
        } else {
            reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        }
        if (e instanceof FileSystemException f && f.getFile() != null
                && !f.getFile().equals(path.toString())) {
            reason += " ('" + f.getFile() + "')";
        }
        return error(null, "cannot write '" + path + "': " + reason);
    }

    public Diagnostic withHint(String newHint) {
        return new Diagnostic(severity, pos, message, newHint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form: {@code file:line:col: severity: message}. */
    @Override
    public String toString() {
        String head = (pos == null ? "" : pos + ": ") + severity.label() + ": " + message;
        return hint == null ? head : head + System.lineSeparator() + "  hint: " + hint;
    }
}
