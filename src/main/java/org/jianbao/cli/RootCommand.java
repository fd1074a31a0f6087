package org.jianbao.cli;

import picocli.CommandLine.Command;

@Command(name = "jianbao",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns a leader's speech and the latest indicators into study notes and progress briefings (.docx and .pdf).",
        synopsisSubcommandLabel = "COMMAND")
final class RootCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // No command given: show what there is rather than doing something unasked.
        spec.commandLine().usage(System.out);
    }
}
