package dev.slidejar.cli;

/** The {@code slidejar} command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(SlidejarCommand.commandLine().execute(args));
    }
}
