package org.geokg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryCancelledException;
import org.geokg.export.LocatedEvents;
import org.geokg.export.RelationKind;
import org.geokg.export.StateNetwork;
import org.geokg.query.SavedQueries;
import org.geokg.query.SavedQuery;
import org.geokg.store.Prefixes;

/** The page's JSON resources: {@code /api/queries}, {@code /api/graph} and {@code /api/map}. */
public final class ApiServlets {
  private ApiServlets() {}

  /**
   * A servlet answering GET with the JSON that {@code body} makes at each request; 503 when the
   * queries behind it run over the dataset's time limit, as a SPARQL query would.
   */
  static HttpServlet json(Supplier<JsonValue> body) {
    return new HttpServlet() {
      @Override
      protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        JsonValue value;
        try {
          value = body.get();
        } catch (QueryCancelledException e) {
          resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "over the query time limit");
          return;
        }
        resp.setContentType("application/json; charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        OutputStream out = resp.getOutputStream();
        JSON.write(out, value);
        out.flush();
      }
    };
  }

  /**
   * The saved queries ({@code queries/*.rq}, see {@link SavedQueries#load()}) and the standard
   * prefixes, which the page declares for queries typed without them (as {@code geokg query} does).
   */
  public static JsonObject queries(SavedQueries saved) {
    JsonObject root = new JsonObject();
    JsonArray list = new JsonArray();
    for (SavedQuery q : saved.list()) {
      JsonObject o = new JsonObject();
      o.put("name", q.name());
      o.put("title", q.title());
      o.put("description", q.description());
      JsonArray params = new JsonArray();
      for (SavedQuery.Param p : q.params()) {
        JsonObject po = new JsonObject();
        po.put("name", p.name());
        po.put("description", p.description());
        params.add(po);
      }
      o.put("params", params);
      o.put("text", q.text());
      list.add(o);
    }
    root.put("queries", list);
    JsonObject prefixes = new JsonObject();
    for (Map.Entry<String, String> e : Prefixes.standard().getNsPrefixMap().entrySet()) {
      prefixes.put(e.getKey(), e.getValue());
    }
    root.put("prefixes", prefixes);
    return root;
  }

  /**
   * The state-level network of {@code dataset} ({@link StateNetwork}): nodes, one link per claim
   * with its date, modality and evidence (the page filters and counts), and the colour of each kind.
   */
  public static JsonObject graph(Dataset dataset) {
    StateNetwork network = StateNetwork.load(dataset);
    JsonObject root = new JsonObject();
    JsonArray nodes = new JsonArray();
    for (StateNetwork.Actor a : network.actors()) {
      JsonObject n = new JsonObject();
      n.put("id", a.iri());
      n.put("code", a.code());
      n.put("label", a.label());
      n.put("type", a.type());
      nodes.add(n);
    }
    root.put("nodes", nodes);
    JsonArray links = new JsonArray();
    for (StateNetwork.Link l : network.links()) {
      JsonObject o = new JsonObject();
      o.put("claim", l.claim());
      o.put("source", l.source());
      o.put("target", l.target());
      o.put("relation", l.relation());
      o.put("kind", l.kind().id());
      o.put("symmetric", l.symmetric());
      o.put("interaction", l.interaction());
      o.put("date", l.date());
      o.put("modality", l.modality());
      o.put("mode", l.mode());
      o.put("sourceName", network.label(l.sourceActor()));
      o.put("targetName", network.label(l.targetActor()));
      o.put("evidence", evidence(l.evidence()));
      links.add(o);
    }
    root.put("links", links);
    root.put("kinds", kinds());
    return root;
  }

  /**
   * The interactions located with {@code gk:location} ({@link LocatedEvents}): the places (a point
   * {@code lat}/{@code long} where the store has one; always {@code codes}, the ISO alpha-3 codes of
   * the states that cover the place), and one event per claim with its place, kind, date, modality
   * and evidence (the page filters as it does the graph).
   */
  public static JsonObject map(Dataset dataset) {
    LocatedEvents located = LocatedEvents.load(dataset);
    JsonObject root = new JsonObject();
    JsonArray places = new JsonArray();
    for (LocatedEvents.Place p : located.places()) {
      JsonObject o = new JsonObject();
      o.put("id", p.iri());
      o.put("type", p.type());
      o.put("label", p.label());
      o.put("country", p.country());
      o.put("countryLabel", p.countryLabel());
      if (p.lat() != null) {
        o.put("lat", JsonNumber.value(p.lat()));
        o.put("long", JsonNumber.value(p.lon()));
      }
      JsonArray codes = new JsonArray();
      p.codes().forEach(codes::add);
      o.put("codes", codes);
      places.add(o);
    }
    root.put("places", places);
    JsonArray events = new JsonArray();
    for (LocatedEvents.Event e : located.events()) {
      JsonObject o = new JsonObject();
      o.put("claim", e.claim());
      o.put("relation", e.relation());
      o.put("kind", e.kind().id());
      o.put("date", e.date());
      o.put("modality", e.modality());
      o.put("mode", e.mode());
      JsonArray sources = new JsonArray();
      e.sources().forEach(sources::add);
      o.put("sources", sources);
      JsonArray targets = new JsonArray();
      e.targets().forEach(targets::add);
      o.put("targets", targets);
      o.put("place", e.place());
      o.put("evidence", evidence(e.evidence()));
      events.add(o);
    }
    root.put("events", events);
    root.put("kinds", kinds());
    return root;
  }

  private static JsonArray evidence(java.util.List<StateNetwork.Evidence> evidence) {
    JsonArray ev = new JsonArray();
    for (StateNetwork.Evidence e : evidence) {
      JsonObject eo = new JsonObject();
      eo.put("text", e.text());
      eo.put("document", e.document());
      eo.put("documentDate", e.documentDate());
      ev.add(eo);
    }
    return ev;
  }

  private static JsonObject kinds() {
    JsonObject kinds = new JsonObject();
    for (RelationKind k : RelationKind.values()) {
      kinds.put(k.id(), k.color());
    }
    return kinds;
  }
}
