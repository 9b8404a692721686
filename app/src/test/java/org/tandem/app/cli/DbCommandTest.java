package org.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.error.UserException;

class DbCommandTest {
  @TempDir Path dir;

  @Test
  void infoShowsTheSchemaVersionAndRowCounts() throws Exception {
    String db = dir.resolve("t").toString();
    CliRunner info = CliRunner.run("db", "info", "--db", db);
    assertThat(info.exitCode()).as(info.err()).isZero();
    assertThat(info.out()).contains("schema version: 2").contains("status_entry:   0 rows").contains("event:          0 rows");
    assertThat(info.err()).isEmpty();
    var json = Json.MAPPER.readTree(CliRunner.run("db", "info", "--db", db, "--format", "json").out());
    assertThat(json.get("schemaVersion").asText()).isEqualTo("2");
    assertThat(json.get("product").asText()).startsWith("H2");
  }

  @Test
  void backupAndRestoreRoundTripExactly() throws Exception {
    String db = dir.resolve("a").toString();
    CliRunner.run("track", "init", "--db", db);
    CliRunner.run("track", "record", "us-signalling", "agreed", "--date", "2018-06-12", "--source", "s", "--db", db);
    Path backup = dir.resolve("b.json");
    CliRunner done = CliRunner.run("db", "backup", backup.toString(), "--db", db);
    assertThat(done.exitCode()).as(done.err()).isZero();
    assertThat(done.out()).isEqualTo("backed up 2 rows (" + backup + ")\n");
    String other = dir.resolve("c").toString();
    assertThat(CliRunner.run("db", "restore", backup.toString(), "--db", other).out()).startsWith("restored 2 rows");
    Path again = dir.resolve("b2.json");
    CliRunner.run("db", "backup", again.toString(), "--db", other);
    assertThat(Files.readString(again)).isEqualTo(Files.readString(backup));
    CliRunner intoFull = CliRunner.run("db", "restore", backup.toString(), "--db", other);
    assertThat(intoFull.exitCode()).isEqualTo(2);
    assertThat(intoFull.err()).contains("restore needs an empty database");
  }

  @Test
  void backupKeepsAnExistingFileUnlessForced() throws Exception {
    String db = dir.resolve("a").toString();
    CliRunner.run("track", "init", "--db", db);
    Path backup = Files.writeString(dir.resolve("b.json"), "someone's notes");
    CliRunner refused = CliRunner.run("db", "backup", backup.toString(), "--db", db);
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains(backup.toString()).contains("--force");
    assertThat(Files.readString(backup)).isEqualTo("someone's notes");
    CliRunner forced = CliRunner.run("db", "backup", backup.toString(), "--force", "--db", db);
    assertThat(forced.exitCode()).as(forced.err()).isZero();
    assertThat(Files.readString(backup)).startsWith("{");
    CliRunner nowhere = CliRunner.run("db", "backup", dir.resolve("missing/b.json").toString(), "--db", db);
    assertThat(nowhere.exitCode()).isEqualTo(2);
    assertThat(nowhere.err()).contains("no such folder");
  }

  @Test
  void backupToAFolderIsAOneLineUserErrorThatLeavesNothingBehind() throws Exception {
    String db = dir.resolve("a").toString();
    CliRunner.run("track", "init", "--db", db);
    Path folder = Files.createDirectory(dir.resolve("backups"));
    Files.writeString(folder.resolve("kept.json"), "kept");
    for (boolean force : new boolean[] {true, false}) {
      CliRunner run = force ? CliRunner.run("db", "backup", folder.toString(), "--force", "--db", db)
          : CliRunner.run("db", "backup", folder.toString(), "--db", db);
      assertThat(run.exitCode()).as(run.err()).isEqualTo(Cli.USER_ERROR);
      assertThat(run.err()).isEqualTo(folder + ": error: this is a folder; expected the name of a file to write"
          + " [unwritable-file]" + System.lineSeparator());
    }
    assertThat(folder.resolve("kept.json")).content().isEqualTo("kept");
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.startsWith(".tandem-backup"));
    }
  }

  @Test
  void restoreChecksTheFileBeforeCreatingTheDatabase() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("backups"));
    Path db = dir.resolve("new");
    CliRunner fromFolder = CliRunner.run("db", "restore", folder.toString(), "--db", db.toString());
    assertThat(fromFolder.exitCode()).as(fromFolder.err()).isEqualTo(Cli.USER_ERROR);
    assertThat(fromFolder.err()).isEqualTo(folder + ": error: this is a folder; expected a file written by tandem db"
        + " backup [no-such-file]" + System.lineSeparator());
    CliRunner missing = CliRunner.run("db", "restore", dir.resolve("none.json").toString(), "--db", db.toString());
    assertThat(missing.exitCode()).isEqualTo(Cli.USER_ERROR);
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly("backups");
    }
  }

  @Test
  void publishingWithoutForceNeverReplacesAFileThatAppearedDuringTheBackup() throws Exception {
    // The command checked that the target did not exist; then, while the backup was written, it appeared.
    Path target = dir.resolve("b.json");
    Path tmp = Files.writeString(dir.resolve(".tandem-backup1.tmp"), "the backup");
    Files.writeString(target, "written meanwhile");
    assertThatThrownBy(() -> DbCommand.BackupTo.publish(tmp, target, false))
        .isInstanceOfSatisfying(UserException.class, e -> {
          assertThat(e.diagnostics().get(0).code()).isEqualTo("would-overwrite");
          assertThat(e.diagnostics().get(0).location().source()).isEqualTo(target.toString());
        });
    assertThat(target).content().isEqualTo("written meanwhile");

    Path fresh = dir.resolve("c.json");
    DbCommand.BackupTo.publish(tmp, fresh, false);
    assertThat(fresh).content().isEqualTo("the backup");
    assertThat(tmp).doesNotExist();

    Path again = Files.writeString(dir.resolve(".tandem-backup2.tmp"), "a newer backup");
    DbCommand.BackupTo.publish(again, target, true);
    assertThat(target).content().isEqualTo("a newer backup");
    assertThat(again).doesNotExist();
  }

  @Test
  void backupAndRestoreCarryTheStoredEvents() throws Exception {
    String db = dir.resolve("a").toString();
    String[] f = new String[58];
    java.util.Arrays.fill(f, "");
    f[0] = "7";
    f[1] = "20180612";
    f[7] = "USA";
    f[17] = "PRK";
    f[25] = "1";
    f[26] = "036";
    f[32] = "4";
    Path events = Files.writeString(dir.resolve("e.tsv"), String.join("\t", f) + "\n");
    assertThat(CliRunner.run("events", "ingest", events.toString(), "--db", db, "--quiet").exitCode()).isZero();
    Path backup = dir.resolve("b.json");
    assertThat(CliRunner.run("db", "backup", backup.toString(), "--db", db).out())
        .isEqualTo("backed up 2 rows (" + backup + ")\n");
    String other = dir.resolve("c").toString();
    assertThat(CliRunner.run("db", "restore", backup.toString(), "--db", other).out()).startsWith("restored 2 rows");
    CliRunner show = CliRunner.run("events", "show", "--dyad", "USA-PRK", "--format", "csv", "--db", other);
    assertThat(show.out()).contains("USA-PRK,2018-06,2018-06-01,1,1,0,0,0,4.0,");
    assertThat(CliRunner.run("db", "info", "--db", other).out()).contains("ingested_file:  1 rows")
        .contains("event:          1 rows");
  }

  @Test
  void anUnsupportedUrlOrMissingFileExitsTwo() {
    CliRunner mysql = CliRunner.run("db", "info", "--db", "jdbc:mysql://x/y");
    assertThat(mysql.exitCode()).isEqualTo(2);
    assertThat(mysql.err()).startsWith("--db: error: 'jdbc:mysql://x/y' is not an H2 or PostgreSQL JDBC URL");
    CliRunner missing = CliRunner.run("db", "restore", dir.resolve("none.json").toString(), "--db",
        dir.resolve("t").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file");
  }
}
