// The intake form's back diagram: clicking an area marks it (pain 5 if it had none) and moves to its pain input;
// a pain typed in an input recolours its area. The inputs stay the way to enter pain from a keyboard; the diagram's
// areas are not tab stops. Loaded only by the intake pages (Content-Security-Policy: no inline script).
"use strict";
(function () {
  const form = document.getElementById("intake-form");
  const diagram = form && form.querySelector("svg.back-diagram");
  if (!diagram) {
    return;
  }
  const colours = diagram.dataset.colours.split(" ");
  const whiteTextFrom = Number(diagram.dataset.whiteTextFrom);
  const MARKED = 5;

  function painInput(area) {
    return document.getElementById("pain." + area.dataset.region + "." + area.dataset.side);
  }

  /** The typed pain when it is one of 0 to 10, else null: the server explains what is wrong with it. */
  function painOf(input) {
    const text = input.value.trim();
    const pain = Number(text);
    return text !== "" && Number.isInteger(pain) && pain >= 0 && pain < colours.length ? pain : null;
  }

  function paint(area) {
    const pain = painOf(painInput(area)) || 0;
    const id = area.dataset.region + "-" + area.dataset.side;
    area.setAttribute("fill", colours[pain]);
    area.dataset.pain = String(pain);
    const title = area.querySelector("title");
    title.textContent = title.textContent.replace(/pain \d+ of 10/, "pain " + pain + " of 10");
    const number = diagram.querySelector('.pain-number[data-area="' + id + '"]');
    number.textContent = pain === 0 ? "" : String(pain);
    number.setAttribute("fill", pain >= whiteTextFrom ? "#ffffff" : "#222222");
  }

  /** The diagram's description follows the areas, as the server first wrote it. */
  function describe() {
    const hurting = Array.from(diagram.querySelectorAll(".area"))
      .filter((area) => area.dataset.pain !== "0")
      .map((area) => area.querySelector("title").textContent + ".");
    const desc = diagram.querySelector("desc");
    const opening = desc.textContent.split(". ")[0] + ". ";
    desc.textContent = opening + (hurting.length ? hurting.join(" ") : "No pain marked.");
  }

  function openDetails(region) {
    const details = document.getElementById("details." + region);
    if (details) {
      details.open = true;
    }
  }

  /** The diagram area an input sets the pain of, or null for any other field. */
  function areaOf(field) {
    const match = /^pain\.([a-z-]+)\.(left|right)$/.exec(field.id || "");
    return match ? document.getElementById("area-" + match[1] + "-" + match[2]) : null;
  }

  function update(field) {
    const area = areaOf(field);
    if (!area) {
      return;
    }
    paint(area);
    describe();
    if (area.dataset.pain !== "0") {
      openDetails(area.dataset.region);
    }
  }

  diagram.querySelectorAll(".area").forEach((area) => {
    area.addEventListener("click", () => {
      const input = painInput(area);
      if (input.value.trim() === "" || painOf(input) === 0) {
        input.value = String(MARKED);
        update(input);
        input.dispatchEvent(new Event("change", { bubbles: true })); // the form checks itself on change
      }
      input.focus();
    });
  });
  form.addEventListener("input", (event) => update(event.target));
  form.addEventListener("change", (event) => update(event.target));
})();
