package org.jianbao.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import org.jianbao.user.Role;
import org.jianbao.user.UserAccounts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jianbao users}: who may log in to {@code serve}. New passwords are random and shown once, or typed at a
 * prompt with {@code --password} (never on the command line, where the shell history would keep them).
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "users", mixinStandardHelpOptions = true,
        description = {"Lists the users of `serve`; `users add NAME --role viewer|operator|admin`, `users passwd NAME`.",
                "viewer reads and downloads; operator also starts runs and uploads; admin also manages users."})
class UsersCommand implements CliCommand, Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final UserAccounts accounts;

    UsersCommand(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        accounts.all().forEach(a -> out.println(a.username() + " " + a.role().name().toLowerCase(java.util.Locale.ROOT)));
        return ExitCodes.OK;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds a user; prints a random password once.")
    int add(@Parameters(paramLabel = "NAME") String name,
            @Option(names = "--role", required = true, paramLabel = "ROLE", description = "viewer, operator or admin") String role,
            @Option(names = "--password", interactive = true, arity = "0", description = "type the password at a prompt instead") char[] typed) {
        String password = typed != null && typed.length > 0 ? new String(typed) : UserAccounts.randomPassword();
        try {
            accounts.add(name, password, Role.parse(role));
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        spec.commandLine().getOut().println("added " + name + " (" + role + ")"
                + (typed != null && typed.length > 0 ? "" : ", password: " + password));
        return ExitCodes.OK;
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true, description = "Sets a new password; prints a random one once.")
    int passwd(@Parameters(paramLabel = "NAME") String name,
               @Option(names = "--password", interactive = true, arity = "0", description = "type the password at a prompt instead") char[] typed) {
        String password = typed != null && typed.length > 0 ? new String(typed) : UserAccounts.randomPassword();
        try {
            accounts.changePassword(name, password);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        spec.commandLine().getOut().println("new password for " + name + (typed != null && typed.length > 0 ? " set" : ": " + password));
        return ExitCodes.OK;
    }
}
