package org.tandem.app.cli;

import org.tandem.core.Version;
import picocli.CommandLine.IVersionProvider;

/** Prints tandem's built version for {@code --version}. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"tandem " + Version.current()};
  }
}
