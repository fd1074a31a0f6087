package org.jianbao.cli;

/**
 * Marks a command that lives in the Spring context (it needs the database, the jobs or the web stack): a Spring
 * bean of prototype scope, listed in {@link RootCommand}'s subcommands. The context is started only when picocli
 * matches such a command; commands without this marker are made without Spring ({@link CommandFactory}).
 */
public interface CliCommand {
}
