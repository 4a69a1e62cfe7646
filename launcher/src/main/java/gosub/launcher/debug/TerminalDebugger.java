package gosub.launcher.debug;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

import com.oracle.truffle.api.debug.Breakpoint;
import com.oracle.truffle.api.debug.DebugException;
import com.oracle.truffle.api.debug.DebugScope;
import com.oracle.truffle.api.debug.DebugStackFrame;
import com.oracle.truffle.api.debug.DebugValue;
import com.oracle.truffle.api.debug.Debugger;
import com.oracle.truffle.api.debug.DebuggerSession;
import com.oracle.truffle.api.debug.SourceElement;
import com.oracle.truffle.api.debug.SuspendAnchor;
import com.oracle.truffle.api.debug.SuspendedEvent;
import com.oracle.truffle.api.debug.SuspensionFilter;
import com.oracle.truffle.api.source.SourceSection;

import gosub.language.debug.GoroutineList;
import gosub.language.debug.StackPosition;
import gosub.language.traceback.StackFrame;
import gosub.language.runtime.GoroutineState;
import gosub.launcher.LauncherEngines;
import gosub.launcher.Runner;

/**
 * {@code gosub debug}: a terminal debugger in Delve's manner on Truffle's Debugger API. Commands come from stdin,
 * one a line, after the prompt {@code (gosub) }, so a session can be scripted; the program's own stdout and stderr
 * go where they would, its stdin is empty.
 *
 * <p>When the program stops, the command loop runs on the thread of the goroutine that stopped, which keeps its M
 * until it goes on. Stepping is the debugger's own, not Truffle's per-thread stepping: it asks to stop at the next
 * statement of any thread and passes over those of other goroutines (and, for next and stepout, of deeper calls),
 * so a step follows its goroutine even when the scheduler moves it to another M. The program runs with
 * GOMAXPROCS=1 unless the environment says otherwise, so that every goroutine stands still while one is stopped.
 */
public final class TerminalDebugger {
    private static final String PROMPT = "(gosub) ";
    private static final boolean DEBUG = "1".equals(System.getenv("GOSUB_DEBUG"));

    private enum State { NOT_STARTED, STOPPED, EXITED }

    /** What a command asks of the loop that read it. */
    private enum Outcome { STAY, RESUME, RESTART, QUIT }

    private enum StepKind { START, INTO, OVER, OUT }

    /**
     * A step in progress: where it may stop is decided on each statement (see {@link #reached}); from is where it
     * started.
     */
    private static final class Step {
        final StepKind kind;
        final long goroutine;
        final StackPosition from;
        /** Set once the frame where the step started has returned: a step into then goes on as a step over. */
        boolean returned;

        Step(StepKind kind, long goroutine, StackPosition from) {
            this.kind = kind;
            this.goroutine = goroutine;
            this.from = from;
        }
    }

    private final List<String> packageArgs;
    private final List<String> programArgs;
    private final ProgramFiles files;
    private final BufferedReader in;
    private final PrintStream out;
    private final Engine engine;
    private final DebuggerSession session;
    private final List<UserBreakpoint> breakpoints = new ArrayList<>();
    private int nextId = 1;
    private String lastCommand;

    private volatile Step pending;
    /** Set while a restart or quit ends the current run: suspensions pass, the program's end is not reported. */
    private volatile boolean ending;
    private volatile Context context;
    private int exitStatus;

    /** The stop being looked at (null while the program is not stopped) and its goroutine. */
    private SuspendedEvent event;
    private long goroutine;
    /**
     * The goroutine that stack shows: the stopped one, or another chosen with goroutine N (whose frames come from
     * its call chain record; its variables cannot be read). Every stop selects the stopped goroutine again.
     */
    private long selected;

    private TerminalDebugger(List<String> packageArgs, List<String> programArgs, InputStream commands, PrintStream out) {
        this.packageArgs = packageArgs;
        this.programArgs = programArgs;
        this.files = new ProgramFiles(packageArgs);
        this.in = new BufferedReader(new InputStreamReader(commands, StandardCharsets.UTF_8));
        this.out = out;
        this.engine = LauncherEngines.builder().build();
        this.session = Debugger.find(engine).startSession(this::suspended, SourceElement.STATEMENT, SourceElement.ROOT);
        // the standard packages' sources are internal: steps never stop in them
        session.setSteppingFilter(SuspensionFilter.newBuilder().ignoreLanguageContextInitialization(true).includeInternal(false).build());
    }

    /** Debugs the program PACKAGE_ARGS name with ARGS; returns the exit status of gosub debug. */
    public static int run(List<String> packageArgs, List<String> args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        TerminalDebugger d = new TerminalDebugger(packageArgs, args, new FileInputStream(FileDescriptor.in), out);
        return d.session();
    }

    private int session() {
        out.println("Type 'help' for list of commands.");
        State state = State.NOT_STARTED;
        while (true) {
            Outcome o = commands(state);
            if (o == Outcome.QUIT) {
                return 0;
            }
            if (o == Outcome.RESTART && state == State.NOT_STARTED) {
                continue; // nothing runs yet
            }
            int status = runProgram();
            if (status < 0) {
                return -status; // it did not compile: go run's status
            }
            if (ending) {
                ending = false;
                out.println("Process restarted");
                state = State.NOT_STARTED;
                continue;
            }
            exitStatus = status;
            out.println("Process has exited with status " + status);
            state = State.EXITED;
        }
    }

    /** Runs the program until it ends; returns its exit status, or minus go run's status if it does not compile. */
    private int runProgram() {
        Source source;
        try {
            source = Runner.programSource(packageArgs);
        } catch (IOException | RuntimeException e) {
            return -Runner.internalError(e);
        }
        Context.Builder b = Runner.contextBuilder(packageArgs, programArgs).engine(engine).in(InputStream.nullInputStream());
        if (System.getenv("GOMAXPROCS") == null) {
            b.environment("GOMAXPROCS", "1");
        }
        Context ctx;
        try {
            ctx = b.build();
        } catch (RuntimeException e) {
            return -Runner.internalError(e);
        }
        context = ctx;
        try {
            Value v = ctx.eval(source);
            return v.fitsInInt() ? v.asInt() : 0;
        } catch (PolyglotException e) {
            if (ending) {
                return 0;
            }
            if (e.isExit()) {
                return e.getExitStatus();
            }
            int s = Runner.polyglotError(e); // reports it as gosub run would
            return s == 1 ? -1 : s; // 1: a compile error, which ends the session as go run's status
        } finally {
            context = null;
            closeLater(ctx);
        }
    }

    /** Closes a finished or abandoned run's context without waiting for it (its Ms may still be parked). */
    private static void closeLater(Context ctx) {
        Thread t = new Thread(() -> {
            try {
                ctx.close(true);
            } catch (RuntimeException e) {
                // the run is over either way
            }
        }, "gosub debug: close");
        t.setDaemon(true);
        t.start();
    }

    // ------------------------------------------------------------------ stops

    /** Truffle's callback: runs on the thread of the goroutine that reached a statement, breakpoint or step. */
    private void suspended(SuspendedEvent e) {
        if (ending) {
            return;
        }
        Step step = pending;
        DebugStackFrame top = e.getTopStackFrame();
        GoroutineState g = GoroutineList.goroutineOf(top);
        long gid = g == null ? 0 : g.id;
        List<UserBreakpoint> hits = new ArrayList<>();
        List<String> conditionErrors = new ArrayList<>();
        for (Breakpoint b : e.getBreakpoints()) {
            UserBreakpoint ub = find(b);
            if (ub == null) {
                continue;
            }
            if (ub.condition == null) {
                hits.add(ub);
                continue;
            }
            try {
                if (ub.condition.test(name -> lookup(e, name))) {
                    hits.add(ub);
                }
            } catch (Expression.Failure | DebugException f) {
                conditionErrors.add("error evaluating condition of breakpoint " + ub.id + ": " + f.getMessage());
                hits.add(ub);
            }
        }
        if (hits.isEmpty() && !(step != null && reached(step, gid, e))) {
            if (step != null) {
                session.suspendNextExecution(); // go on looking for where the step ends
            }
            return;
        }
        pending = null;
        event = e;
        goroutine = gid;
        selected = gid;
        try {
            conditionErrors.forEach(out::println);
            showStop(e, hits.isEmpty() ? null : hits.get(0), gid);
            Outcome o = commands(State.STOPPED);
            if (o == Outcome.RESTART || o == Outcome.QUIT) {
                ending = true;
                Context ctx = context;
                if (o == Outcome.QUIT) {
                    quit();
                }
                if (ctx != null) {
                    closeLater(ctx);
                }
                e.prepareKill();
            } else if (pending != null) {
                session.suspendNextExecution();
            }
        } finally {
            event = null;
        }
    }

    /**
     * Whether a step has come to where it stops: the next statement of its goroutine that it looks for. A step over
     * stops at the next statement of the same call of its function or of a caller, a step out at the next one of a
     * caller, and a step into also at the first statement of a function called from where it started. Positions are
     * compared as Delve compares them ({@link StackPosition}): the body of a range-over-function loop is part of
     * its function, so stepping over its last statement goes on to the next iteration, or past the loop, not into
     * the iterator.
     */
    private boolean reached(Step step, long gid, SuspendedEvent e) {
        if (e.getSuspendAnchor() == SuspendAnchor.AFTER) {
            return false;
        }
        if (step.kind == StepKind.START) {
            return true;
        }
        if (gid != step.goroutine) {
            return false;
        }
        StackPosition at = StackPosition.of(e.getStackFrames());
        if (at.bodyEntry()) {
            return false; // a step goes on to the body's first statement
        }
        if (at.frames() < step.from.frames()) {
            step.returned = true; // the function returned, or a range-over-function body gave control back to its iterator
        }
        return switch (step.kind) {
            case START -> true;
            case INTO -> at.depth() < step.from.depth() || at.sameCallAs(step.from) || !step.returned && at.frames() > step.from.frames();
            case OVER -> at.depth() < step.from.depth() || at.sameCallAs(step.from);
            case OUT -> at.depth() < step.from.depth();
        };
    }

    private UserBreakpoint find(Breakpoint b) {
        synchronized (breakpoints) {
            for (UserBreakpoint ub : breakpoints) {
                if (ub.truffle == b) {
                    return ub;
                }
            }
        }
        return null;
    }

    private void showStop(SuspendedEvent e, UserBreakpoint hit, long gid) {
        DebugStackFrame top = e.getTopStackFrame();
        SourceSection s = e.getSourceSection();
        StringBuilder sb = new StringBuilder("> ");
        if (hit != null) {
            sb.append("[Breakpoint ").append(hit.id).append("] ");
        }
        sb.append(frameName(top)).append(' ').append(position(s));
        if (hit != null) {
            sb.append(' ').append(hit.hit(gid));
        }
        out.println(sb);
        listing(s);
    }

    /** Source lines around the stop, the current one marked as Delve marks it. */
    private void listing(SourceSection s) {
        Path file = s == null ? null : ProgramFiles.fileOf(s.getSource().getURI());
        if (file == null) {
            return;
        }
        List<String> lines = files.lines(file);
        int at = s.getStartLine();
        for (int i = Math.max(1, at - 2); i <= Math.min(lines.size(), at + 2); i++) {
            out.printf("%s%5d:\t%s%n", i == at ? "=>" : "  ", i, lines.get(i - 1));
        }
    }

    private static String frameName(DebugStackFrame f) {
        String n = f.getName();
        return (n == null ? "?" : n) + "()";
    }

    private String position(SourceSection s) {
        if (s == null) {
            return "?";
        }
        Path file = ProgramFiles.fileOf(s.getSource().getURI());
        String name = file != null ? files.display(file) : s.getSource().getName();
        return name + ":" + s.getStartLine();
    }

    // ------------------------------------------------------------------ the command loop

    /** Reads and runs commands until one goes on (or restarts, or quits). */
    private Outcome commands(State state) {
        while (true) {
            out.print(PROMPT);
            out.flush();
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                line = null;
            }
            if (line == null) {
                out.println();
                quit(); // end of input: as exit
                return Outcome.QUIT;
            }
            line = line.strip();
            if (line.isEmpty()) {
                if (lastCommand == null) {
                    continue;
                }
                line = lastCommand; // as Delve does, an empty line repeats the last command
            }
            lastCommand = line;
            Outcome o;
            try {
                o = command(line, state);
            } catch (Expression.Failure f) {
                out.println("Command failed: " + f.getMessage());
                continue;
            } catch (RuntimeException e) {
                out.println("Command failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                if (DEBUG) {
                    e.printStackTrace(out);
                }
                continue;
            }
            if (o != Outcome.STAY) {
                return o;
            }
        }
    }

    private Outcome command(String line, State state) throws Expression.Failure {
        int sp = line.indexOf(' ');
        String cmd = sp < 0 ? line : line.substring(0, sp);
        String arg = sp < 0 ? "" : line.substring(sp + 1).strip();
        switch (cmd) {
            case "help", "h" -> help();
            case "break", "b" -> breakAt(arg);
            case "breakpoints", "bp" -> listBreakpoints();
            case "condition", "cond" -> condition(arg);
            case "clear" -> clear(arg);
            case "continue", "c" -> {
                return go(state, null);
            }
            case "next", "n" -> {
                return go(state, StepKind.OVER);
            }
            case "step", "s" -> {
                return go(state, StepKind.INTO);
            }
            case "stepout", "so" -> {
                if (state != State.STOPPED) {
                    throw new Expression.Failure(notStopped(state));
                }
                return go(state, StepKind.OUT);
            }
            case "print", "p" -> {
                stopped(state);
                onStoppedGoroutine();
                Expression x = Expression.parse(arg);
                out.println(x.evaluate(name -> lookup(event, name)).display());
            }
            case "locals" -> {
                stopped(state);
                onStoppedGoroutine();
                locals();
            }
            case "args" -> {
                stopped(state);
                onStoppedGoroutine();
                args();
            }
            case "stack", "bt" -> {
                stopped(state);
                stack();
            }
            case "goroutines", "grs" -> {
                stopped(state);
                goroutines();
            }
            case "goroutine", "gr" -> {
                stopped(state);
                switchGoroutine(arg);
            }
            case "restart", "r" -> {
                return Outcome.RESTART;
            }
            case "exit", "quit", "q" -> {
                quit();
                return Outcome.QUIT;
            }
            default -> throw new Expression.Failure("command not available: " + cmd + " (help lists the commands)");
        }
        return Outcome.STAY;
    }

    private Outcome go(State state, StepKind kind) throws Expression.Failure {
        if (state == State.EXITED) {
            throw new Expression.Failure("Process has exited with status " + exitStatus);
        }
        if (state == State.NOT_STARTED) {
            if (kind != null) {
                pending = new Step(StepKind.START, 0, null);
                session.suspendNextExecution();
            }
            return Outcome.RESUME;
        }
        pending = kind == null ? null : new Step(kind, goroutine, StackPosition.of(event.getStackFrames()));
        return Outcome.RESUME;
    }

    private static void stopped(State state) throws Expression.Failure {
        if (state != State.STOPPED) {
            throw new Expression.Failure(notStopped(state));
        }
    }

    private static String notStopped(State state) {
        return state == State.EXITED ? "the program has exited (restart runs it again)" : "the program is not running (continue starts it)";
    }

    /** Ends the process: the program with it (its goroutines are the JVM's threads). */
    private void quit() {
        out.flush();
        Runner.exit(0);
    }

    // ------------------------------------------------------------------ breakpoints

    private void breakAt(String loc) throws Expression.Failure {
        if (loc.isEmpty()) {
            throw new Expression.Failure("break needs a location: FILE:LINE, LINE or a function (main.f, T.M)");
        }
        Breakpoint b;
        String where;
        int colon = loc.lastIndexOf(':');
        String lineText = colon >= 0 ? loc.substring(colon + 1) : loc;
        if (lineText.chars().allMatch(Character::isDigit) && !lineText.isEmpty()) {
            Path file = colon >= 0 ? files.find(loc.substring(0, colon)) : files.main();
            if (file == null) {
                throw new Expression.Failure("location \"" + loc + "\" not found: no such file of the program");
            }
            int line = Integer.parseInt(lineText);
            if (line < 1 || line > files.lines(file).size()) {
                throw new Expression.Failure("location \"" + loc + "\" not found: " + files.display(file) + " has " + files.lines(file).size() + " lines");
            }
            b = Breakpoint.newBuilder(file.toUri()).lineIs(line).build();
            where = files.display(file) + ":" + line;
        } else {
            ProgramFiles.Function f = files.function(loc);
            if (f == null) {
                throw new Expression.Failure("location \"" + loc + "\" not found: no function of that name in the program");
            }
            b = Breakpoint.newBuilder(f.file().toUri()).lineIs(f.line()).sourceElements(SourceElement.ROOT).build();
            where = f.name() + "() " + files.display(f.file()) + ":" + f.line();
        }
        UserBreakpoint ub = new UserBreakpoint(nextId++, where, b);
        synchronized (breakpoints) {
            breakpoints.add(ub);
        }
        session.install(b);
        out.println("Breakpoint " + ub.id + " set at " + where);
    }

    private UserBreakpoint byNumber(String text) throws Expression.Failure {
        int id;
        try {
            id = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new Expression.Failure("not a breakpoint number: " + text);
        }
        synchronized (breakpoints) {
            for (UserBreakpoint ub : breakpoints) {
                if (ub.id == id) {
                    return ub;
                }
            }
        }
        throw new Expression.Failure("no breakpoint with id " + id);
    }

    private void condition(String arg) throws Expression.Failure {
        int sp = arg.indexOf(' ');
        if (sp < 0) {
            throw new Expression.Failure("condition needs a breakpoint number and an expression: condition 1 i == 3");
        }
        UserBreakpoint ub = byNumber(arg.substring(0, sp));
        ub.condition = Expression.parse(arg.substring(sp + 1).strip());
    }

    private void clear(String arg) throws Expression.Failure {
        UserBreakpoint ub = byNumber(arg);
        synchronized (breakpoints) {
            breakpoints.remove(ub);
        }
        ub.truffle.dispose();
        out.println("Breakpoint " + ub.id + " cleared at " + ub.where);
    }

    private void listBreakpoints() {
        synchronized (breakpoints) {
            if (breakpoints.isEmpty()) {
                out.println("(no breakpoints)");
            }
            for (UserBreakpoint ub : breakpoints) {
                out.println("Breakpoint " + ub.id + " at " + ub.where + " (" + ub.total + ")"
                                + (ub.condition == null ? "" : "\n\tcond " + ub.condition.text()));
            }
        }
    }

    // ------------------------------------------------------------------ looking at a stop

    /** A variable visible at the stop: the innermost of that name, then the receiver, then a package-level one. */
    private DebugValue lookup(SuspendedEvent e, String name) {
        DebugScope scope = e.getTopStackFrame().getScope();
        for (DebugScope s = scope; s != null; s = s.getParent()) {
            DebugValue v = s.getDeclaredValue(name);
            if (v != null) {
                return v;
            }
            DebugValue r = s.getReceiver();
            if (r != null && name.equals(r.getName())) {
                return r;
            }
        }
        DebugScope top = e.getSession().getTopScope("go");
        return top == null ? null : top.getDeclaredValue(name);
    }

    /** The stop's local variables: the block's visible locals and a closure's captured variables. */
    private void locals() {
        List<String> lines = new ArrayList<>();
        DebugScope scope = event.getTopStackFrame().getScope();
        int level = 0;
        for (DebugScope s = scope; s != null; s = s.getParent(), level++) {
            if (level == 1) {
                continue; // the function's receiver, parameters and results: args
            }
            for (DebugValue v : s.getDeclaredValues()) {
                lines.add(v.getName() + " = " + v.toDisplayString());
            }
        }
        print(lines, "(no locals)");
    }

    /** The stop's function's receiver, parameters and named results. */
    private void args() {
        List<String> lines = new ArrayList<>();
        DebugScope scope = event.getTopStackFrame().getScope();
        DebugScope fn = scope == null ? null : scope.getParent();
        if (fn != null) {
            DebugValue r = fn.getReceiver();
            if (r != null) {
                lines.add(r.getName() + " = " + r.toDisplayString());
            }
            for (DebugValue v : fn.getDeclaredValues()) {
                lines.add(v.getName() + " = " + v.toDisplayString());
            }
        }
        print(lines, "(no args)");
    }

    private void print(List<String> lines, String none) {
        if (lines.isEmpty()) {
            out.println(none);
        }
        lines.forEach(out::println);
    }

    /** Variables can be read only in the stopped goroutine's frames: the others' are parked continuations. */
    private void onStoppedGoroutine() throws Expression.Failure {
        if (selected != goroutine) {
            throw new Expression.Failure("goroutine " + selected + " is parked: only the stopped goroutine's (" + goroutine
                            + ") variables can be read; goroutine " + goroutine + " selects it again");
        }
    }

    private void stack() {
        if (selected != goroutine) {
            List<StackFrame> frames = selectedEntry().map(GoroutineList.Entry::frames).orElse(List.of());
            for (int i = 0; i < frames.size(); i++) {
                StackFrame f = frames.get(i);
                out.printf("%d  %s()%n   at %s%n", i, f.function(), files.display(Path.of(f.file())) + ":" + f.line());
            }
            return;
        }
        int i = 0;
        for (DebugStackFrame f : event.getStackFrames()) {
            if (f.isInternal() || f.getSourceSection() == null) {
                continue;
            }
            SourceSection s = i == 0 ? event.getSourceSection() : f.getSourceSection();
            out.printf("%d  %s%n   at %s%n", i++, frameName(f), position(s));
        }
    }

    private void goroutines() {
        List<GoroutineList.Entry> all = GoroutineList.all(event.getTopStackFrame());
        for (GoroutineList.Entry g : all) {
            String mark = g.id() == selected ? "* " : "  ";
            String where = g.id() == goroutine ? frameName(event.getTopStackFrame()) + " " + position(event.getSourceSection())
                            : g.where() != null ? g.where().function() + "() " + files.display(Path.of(g.where().file())) + ":" + g.where().line()
                            : g.startFunction() == null ? "not started yet" : "started as " + g.startFunction() + "()";
            out.println(mark + "Goroutine " + g.id() + " - " + where + " [" + g.state() + "]");
        }
        out.println("[" + all.size() + " goroutines]");
    }

    private void switchGoroutine(String arg) throws Expression.Failure {
        if (arg.isEmpty()) {
            out.println("Goroutine " + selected + ":");
            if (selected == goroutine) {
                out.println("\t" + frameName(event.getTopStackFrame()) + " " + position(event.getSourceSection()));
            } else {
                StackFrame where = selectedEntry().map(GoroutineList.Entry::where).orElse(null);
                out.println("\t" + (where == null ? "(no Go frame)" : where.function() + "() " + files.display(Path.of(where.file())) + ":" + where.line()));
            }
            return;
        }
        long id;
        try {
            id = Long.parseLong(arg);
        } catch (NumberFormatException e) {
            throw new Expression.Failure("not a goroutine id: " + arg);
        }
        if (id != goroutine && GoroutineList.all(event.getTopStackFrame()).stream().noneMatch(g -> g.id() == id)) {
            throw new Expression.Failure("unknown goroutine " + id);
        }
        out.println("Switched from " + selected + " to " + id);
        selected = id;
    }

    /** The selected goroutine as the goroutine list has it now (empty once it has ended). */
    private Optional<GoroutineList.Entry> selectedEntry() {
        return GoroutineList.all(event.getTopStackFrame()).stream().filter(g -> g.id() == selected).findFirst();
    }

    private void help() {
        out.print("""
                        The following commands are available:
                            break (alias: b) FILE:LINE | LINE | FUNC   Sets a breakpoint (FUNC: main.f, f, T.M, (*T).M).
                            breakpoints (alias: bp) ......... Lists the breakpoints.
                            condition (alias: cond) N EXPR .. Stops at breakpoint N only when EXPR is true.
                            clear N ......................... Deletes breakpoint N.
                            continue (alias: c) ............. Runs until a breakpoint or the program's end.
                            next (alias: n) ................. Steps over to the next statement of this goroutine.
                            step (alias: s) ................. Steps into the call of the current statement.
                            stepout (alias: so) ............. Runs until the current function returns.
                            print (alias: p) EXPR ........... Prints a value, as %v prints it.
                            locals .......................... Prints the local variables visible at this statement.
                            args ............................ Prints the receiver, parameters and named results.
                            stack (alias: bt) ............... Prints the selected goroutine's stack.
                            goroutines (alias: grs) ......... Lists the goroutines with their state or wait reason.
                            goroutine (alias: gr) [N] ....... Shows the selected goroutine, or selects goroutine N.
                            restart (alias: r) .............. Runs the program again from the start.
                            exit (alias: quit, q) ........... Ends the program and the debugger.
                            help (alias: h) ................. Prints this help.
                        An empty line repeats the last command; end of input is exit.

                        EXPR: variables, fields (a.b), indexes (a[i], m["k"]), len(x), literals, the comparisons
                        == != < <= > >= and && || !. Nothing of the program runs to evaluate one: calls and
                        arithmetic are refused.

                        Limits: the variables of the stopped goroutine only can be read; goroutine N selects another
                        one, whose stack (its calls and their lines) stack then prints. Steps and continue act on
                        the stopped goroutine, and every stop selects it again.
                        While a goroutine is stopped it keeps its M; between steps the scheduler may move it, and the
                        step follows it. The program runs with GOMAXPROCS=1 unless GOMAXPROCS is set, so the other
                        goroutines do not run while one is stopped; its standard input is empty.
                        """);
    }
}
