package org.gilkit.harden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gilkit.cli.Main;
import org.gilkit.diagnose.RunWatchdog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code gilkit run --watchdog=SECONDS} and {@code kill -USR1} in a child JVM: a real deadlock
 * (two threads taking two locks in opposite order, met at a barrier so the deadlock is certain)
 * ends with status 124 and a report naming both threads, the line each one is stuck on, the lock's
 * state and the main thread waiting in join; SIGUSR1 dumps a spinning and a blocked thread and
 * lets the program go on; a program that ends in time prints nothing extra.
 */
class RunWatchdogTest {
    private static final String DEADLOCK = String.join("\n",
            "import threading",                       // 1
            "a = threading.Lock()",                   // 2
            "b = threading.Lock()",                   // 3
            "meet = threading.Barrier(2)",            // 4
            "def one():",                             // 5
            "    with a:",                            // 6
            "        meet.wait()",                    // 7
            "        with b:",                        // 8
            "            print('one has both')",      // 9
            "def two():",                             // 10
            "    with b:",                            // 11
            "        meet.wait()",                    // 12
            "        with a:",                        // 13
            "            print('two has both')",      // 14
            "t1 = threading.Thread(target=one, name='first')",
            "t2 = threading.Thread(target=two, name='second')",
            "t1.start(); t2.start()",
            "print('started', flush=True)",
            "t1.join(); t2.join()",                   // 19
            "");

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void aDeadlockIsReportedAndTheRunEndsWithStatus124() throws Exception {
        Path script = write("dead.py", DEADLOCK);
        try (GilkitChild child = GilkitChild.run("--watchdog=2", script.toString())) {
            int rc = child.exitStatus(90);
            String err = child.stderr();
            assertEquals(RunWatchdog.EXIT_TIMEOUT, rc, err);
            assertEquals("started\n", child.stdout());
            assertTrue(err.startsWith("Timeout (0:00:02)!\nGIL watchdog report: policy new"), err);
            assertTrue(err.contains("Thread 0x"), err);
            assertTrue(err.contains("'first' (most recent call first):\n  File \"" + script + "\", line 8 in one\n"), err);
            assertTrue(err.contains("'second' (most recent call first):\n  File \"" + script + "\", line 13 in two\n"), err);
            assertTrue(err.contains("'MainThread' (most recent call first):\n"), err);
            assertTrue(err.contains("  File \"" + script + "\", line 19 in <module>\n"), err);
            assertTrue(err.contains(" #1 'first' BLOCKING for "), err);
            assertTrue(err.contains(" #2 'second' BLOCKING for "), err);
            assertTrue(err.endsWith("exiting with status 124\n"), err);
        }
    }

    @Test
    @Timeout(120)
    void sigusr2DumpsEveryThreadAndTheProgramGoesOn() throws Exception {
        Path script = write("spin.py", String.join("\n",
                "import threading",                   // 1
                "lock = threading.Lock()",            // 2
                "lock.acquire()",                     // 3
                "def waiter():",                      // 4
                "    lock.acquire()",                 // 5
                "t = threading.Thread(target=waiter, name='waiter', daemon=True)",
                "t.start()",                          // 7
                "def spin():",                        // 8
                "    x = 0",                          // 9
                "    while True:",                    // 10
                "        x += 1",                     // 11
                "print('ready', flush=True)",         // 12
                "spin()",                             // 13
                ""));
        try (GilkitChild child = GilkitChild.run(script.toString())) {
            child.awaitOut("ready"::equals, 60);
            child.signal("USR1");
            child.awaitErr(l -> l.endsWith("line 13 in <module>"), 60);
            child.awaitErr(l -> l.endsWith("in waiter"), 60);
            child.signal("INT"); // the program was still running: Ctrl-C ends it
            assertEquals(130, child.exitStatus(60), child.stderr());
            String err = child.stderr();
            assertTrue(err.startsWith("gilkit: SIGUSR1: Python threads of process " + child.pid() + "\n"), err);
            assertTrue(err.contains("'MainThread' (most recent call first):\n  File \"" + script
                    + "\", line 1") && err.contains(" in spin\n  File \"" + script + "\", line 13 in <module>\n"), err);
            assertTrue(err.contains("'waiter' (most recent call first):\n  File \"" + script + "\", line 5 in waiter\n"), err);
            assertTrue(err.contains("holder    #0 'MainThread' HOLDING"), err);
            assertTrue(err.endsWith("KeyboardInterrupt\n"), err);
        }
    }

    @Test
    @Timeout(120)
    void aProgramThatEndsInTimeIsNotReported() throws Exception {
        Path script = write("quick.py", "print('done')\nraise SystemExit(3)\n");
        try (GilkitChild child = GilkitChild.run("--watchdog=60", script.toString())) {
            assertEquals(3, child.exitStatus(60));
            assertEquals("done\n", child.stdout());
            assertEquals("", child.stderr());
        }
    }

    @Test
    void aWatchdogOfZeroOrNaNSecondsIsAUsageError() {
        for (String bad : new String[] {"0", "-1", "NaN", "Infinity", "2e9"}) {
            StringWriter err = new StringWriter();
            CommandLine cl = Main.commandLine();
            cl.setErr(new PrintWriter(err));
            assertEquals(Main.EXIT_USAGE, cl.execute("run", "--watchdog=" + bad, "never-read.py"), bad);
            assertTrue(err.toString().contains("--watchdog must be a number of seconds in (0, 1e9]"), err.toString());
        }
    }

    private Path write(String name, String text) throws java.io.IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }
}
