package gosub.language.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.EventContext;
import com.oracle.truffle.api.instrumentation.ExecutionEventListener;
import com.oracle.truffle.api.instrumentation.SourceSectionFilter;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.TruffleInstrument;
import com.oracle.truffle.api.source.SourceSection;

import java.util.ArrayList;
import java.util.List;

/**
 * A test instrument: records every function body, statement and call of the program's own code (the standard
 * packages' sources are internal) as it is entered, as "kind start-end" ("statement 10:2-10:15"), in order.
 */
@TruffleInstrument.Registration(id = EventRecorder.ID, name = "gosub test event recorder", services = EventRecorder.class)
public final class EventRecorder extends TruffleInstrument {
    static final String ID = "gosub-test-event-recorder";

    private final List<String> events = new ArrayList<>();

    @Override
    protected void onCreate(Env env) {
        env.registerService(this);
        SourceSectionFilter filter = SourceSectionFilter.newBuilder()
                        .tagIs(StandardTags.RootTag.class, StandardTags.StatementTag.class, StandardTags.CallTag.class)
                        .includeInternal(false).build();
        env.getInstrumenter().attachExecutionEventListener(filter, new ExecutionEventListener() {
            @Override
            public void onEnter(EventContext context, VirtualFrame frame) {
                record(context);
            }

            @Override
            public void onReturnValue(EventContext context, VirtualFrame frame, Object result) {
            }

            @Override
            public void onReturnExceptional(EventContext context, VirtualFrame frame, Throwable exception) {
            }
        });
    }

    @TruffleBoundary
    private void record(EventContext context) {
        SourceSection s = context.getInstrumentedSourceSection();
        String where = s.getStartLine() + ":" + s.getStartColumn() + "-" + s.getEndLine() + ":" + s.getEndColumn();
        List<String> kinds = new ArrayList<>();
        if (context.hasTag(StandardTags.RootTag.class) && context.hasTag(StandardTags.RootBodyTag.class)) {
            kinds.add("root");
        }
        if (context.hasTag(StandardTags.StatementTag.class)) {
            kinds.add("statement");
        }
        if (context.hasTag(StandardTags.CallTag.class)) {
            kinds.add("call");
        }
        synchronized (events) {
            events.add(String.join("+", kinds) + " " + where);
        }
    }

    List<String> events() {
        synchronized (events) {
            return new ArrayList<>(events);
        }
    }
}
