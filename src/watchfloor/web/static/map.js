// The event map: Natural Earth outlines (shipped as static files) and events as circles sized by
// the people concerned. No tile server. Everything shown from the data goes in as text nodes.
/* global L, topojson */

const el = document.getElementById("map");
const TYPE_COLOURS = {
  ARREST: "#1f77b4", DEPORT: "#9467bd", ENTRY_BAN: "#8c564b", TRAVEL: "#17becf",
  ATTACK: "#d62728", CHARGE: "#ff7f0e", TAKEDOWN: "#7f7f7f",
};

function text(tag, value, className) {
  const node = document.createElement(tag);
  node.textContent = value == null ? "" : String(value);
  if (className) node.className = className;
  return node;
}

function popup(props) {
  const box = document.createElement("div");
  box.className = "map-popup";
  box.append(text("h4", `${props.type} ${props.date || "undated"}`));
  box.append(text("div", [props.place, props.admin1, props.country].filter(Boolean).join(", ")));
  box.append(text("div", `people: ${props.total ?? "?"}; ${props.nationalities.join(" ")}`));
  box.append(text("p", props.evidence.length > 220 ? props.evidence.slice(0, 219) + "…" : props.evidence));
  const link = text("a", "open the event");
  link.href = `/events/${encodeURIComponent(props.id)}`;
  box.append(link);
  return box;
}

async function json(url) {
  const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

async function main() {
  const map = L.map(el, { worldCopyJump: true, minZoom: 2, maxZoom: 11 }).setView([38, 38], 5);
  map.createPane("outlines").style.zIndex = 350;
  const world = await json(el.dataset.countries);
  L.geoJSON(topojson.feature(world, world.objects.countries), {
    pane: "outlines", style: { color: "#7b8794", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1 },
    interactive: false,
  }).addTo(map);

  let provinces = null;
  const showProvinces = async () => {
    if (map.getZoom() >= 5 && !provinces) {
      try {
        provinces = L.geoJSON(await json(el.dataset.admin1), {
          pane: "outlines", style: { color: "#a3acb6", weight: 0.5, fill: false, dashArray: "2 2" },
          interactive: false,
        });
      } catch (error) { provinces = L.layerGroup(); }
    }
    if (provinces) (map.getZoom() >= 5 ? provinces.addTo(map) : provinces.remove());
  };
  map.on("zoomend", showProvinces);
  showProvinces();

  const events = await json(el.dataset.events);
  document.getElementById("map-count").textContent = `${events.features.length} placed of ${events.total}`;
  const layer = L.geoJSON(events, {
    pointToLayer: (feature, latlng) => L.circleMarker(latlng, {
      radius: 4 + 3 * Math.sqrt(feature.properties.people || 1),
      color: "#fff", weight: 1, fillColor: TYPE_COLOURS[feature.properties.type] || "#555", fillOpacity: 0.75,
    }),
    onEachFeature: (feature, marker) => marker.bindPopup(() => popup(feature.properties)),
  }).addTo(map);
  if (events.features.length) map.fitBounds(layer.getBounds().pad(0.3), { maxZoom: 7 });
  el.dataset.ready = "1";
}

main().catch((error) => {
  el.replaceChildren(text("p", `The map could not load: ${error.message}`, "error"));
});
