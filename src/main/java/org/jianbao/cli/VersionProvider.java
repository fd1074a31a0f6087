package org.jianbao.cli;

import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"jianbao " + (version == null ? "(development build)" : version),
                "Java " + System.getProperty("java.version")};
    }
}
