package org.newsgraph.link.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.link.EntityType;
import org.newsgraph.link.IndexCache;
import org.newsgraph.link.LinkRequest;
import org.newsgraph.link.Linker;
import org.newsgraph.link.WikiDictIndex;
import org.newsgraph.link.WikiDictIndexBuilder;

/**
 * Debugging aid: prints the WikiDict candidates of surfaces and the linker's ranking of entities.
 * Arguments after the cache dir: {@code surface} (candidates), or {@code TYPE:name[|alt…][@ctx1,ctx2…]} (ranking;
 * context entries are {@code TYPE:name}).
 */
public final class LinkProbe {
    public static void main(String[] args) throws Exception {
        WikiDictIndex index = IndexCache.at(Path.of(args[0])).openOrBuild(WikiDictIndexBuilder.Progress.NONE);
        Linker linker = Linker.create(index).build();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            int colon = a.indexOf(':');
            if (colon > 0 && a.substring(0, colon).matches("PERSON|ORGANIZATION|PLACE|OTHER")) {
                EntityType t = EntityType.valueOf(a.substring(0, colon));
                String rest = a.substring(colon + 1);
                List<LinkRequest.ContextEntity> ctx = new ArrayList<>();
                int at = rest.indexOf('@');
                if (at >= 0) {
                    for (String c : rest.substring(at + 1).split(",")) {
                        int cc = c.indexOf(':');
                        ctx.add(new LinkRequest.ContextEntity(c.substring(cc + 1), EntityType.valueOf(c.substring(0, cc))));
                    }
                    rest = rest.substring(0, at);
                }
                String[] names = rest.split("\\|");
                LinkRequest req = LinkRequest.of(names[0], t).withAlternateNames(List.of(names).subList(1, names.length)).withContext(ctx);
                System.out.println("rank " + a + " -> " + linker.link(req));
                linker.rank(req).stream().limit(8).forEach(s -> System.out.println("    " + s));
            } else {
                System.out.println("cands " + a + " top=" + index.topTitle(a));
                index.candidates(a).forEach(c -> System.out.println("    " + c));
            }
        }
    }
}
