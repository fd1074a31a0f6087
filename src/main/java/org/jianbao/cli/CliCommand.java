package org.jianbao.cli;

/**
 * Marker for the subcommands of {@code jianbao}. Every Spring bean that implements it and carries
 * picocli's {@code @Command} is added under the root command, so a capability adds its command
 * without touching a central list.
 */
public interface CliCommand {
}
