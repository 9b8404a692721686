package org.tandem.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.core.error.UserException;

class DbLocationTest {
  static final Path HOME = Path.of("/home/someone");

  @Test
  void defaultsToAnH2FileInTheHomeDirectory() {
    DbLocation db = DbLocation.resolve(null, Map.of(), HOME);
    assertThat(db.vendor()).isEqualTo(Vendor.H2);
    assertThat(db.url()).startsWith("jdbc:h2:file:/home/someone/.tandem/tandem;");
  }

  @Test
  void theOptionWinsOverTheEnvironmentWhichWinsOverTheDefault() {
    Map<String, String> env = Map.of("TANDEM_DB", "jdbc:postgresql://db.example/tandem");
    assertThat(DbLocation.resolve(null, env, HOME).vendor()).isEqualTo(Vendor.POSTGRESQL);
    assertThat(DbLocation.resolve("/tmp/x.mv.db", env, HOME).url()).startsWith("jdbc:h2:file:/tmp/x;");
  }

  @Test
  void aPathIsAnH2FileWithDurableCommits() {
    assertThat(DbLocation.parse("/data/t", "--db").url()).isEqualTo("jdbc:h2:file:/data/t;AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE;WRITE_DELAY=0");
  }

  @Test
  void anUnsupportedJdbcUrlIsAUserError() {
    assertThatThrownBy(() -> DbLocation.parse("jdbc:mysql://x/y", "--db")).isInstanceOf(UserException.class)
        .hasMessageContaining("--db").hasMessageContaining("not an H2 or PostgreSQL JDBC URL");
  }

  @Test
  void displayHidesThePassword() {
    assertThat(DbLocation.parse("jdbc:postgresql://h/d?user=u&password=s3cret", "--db").display())
        .isEqualTo("jdbc:postgresql://h/d?user=u&password=***");
  }
}
