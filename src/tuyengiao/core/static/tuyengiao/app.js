/* Small progressive enhancements; every page works without them. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  function ready(fn) {
    if (document.readyState !== "loading") fn(); else document.addEventListener("DOMContentLoaded", fn);
  }

  function fetchHtml(url) {
    return fetch(url, { credentials: "same-origin", headers: { "X-Requested-With": "fetch" } }).then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.text();
    });
  }

  // Phone navigation: the menu button opens and closes the links.
  function setupNav() {
    var button = document.querySelector(".nav-toggle");
    var nav = document.getElementById("main-nav");
    if (!button || !nav) return;
    button.addEventListener("click", function () {
      var open = nav.classList.toggle("open");
      button.setAttribute("aria-expanded", open ? "true" : "false");
    });
  }

  // Unit tree: expand a node by fetching its children once; collapse by hiding them.
  function setupTree() {
    document.addEventListener("click", function (event) {
      var toggle = event.target.closest("a.tree-toggle[data-children-url]");
      if (!toggle) return;
      event.preventDefault();
      var node = toggle.closest(".tree-node");
      var children = node.querySelector(":scope > ul.tree");
      var expanded = toggle.getAttribute("aria-expanded") === "true";
      if (children) {
        children.hidden = expanded;
        toggle.setAttribute("aria-expanded", expanded ? "false" : "true");
        return;
      }
      if (toggle.classList.contains("loading")) return;
      toggle.classList.add("loading");
      fetchHtml(toggle.dataset.childrenUrl).then(function (html) {
        node.insertAdjacentHTML("beforeend", html);
        toggle.setAttribute("aria-expanded", "true");
      }).catch(function () {
        window.location.href = toggle.href; // fall back to the page that opens this node
      }).finally(function () {
        toggle.classList.remove("loading");
      });
    });
  }

  // Unit picker: type a name (with or without diacritics) and choose; the field keeps the code.
  function setupPicker(box) {
    var input = box.querySelector("input");
    var results = box.querySelector(".picker-results");
    var chosen = box.querySelector(".picker-chosen");
    var timer = null;
    var last = "";
    function close() { results.hidden = true; }
    function search() {
      var query = input.value.trim();
      if (query.length < 2 || query === last) { if (query.length < 2) close(); return; }
      last = query;
      var url = new URL(box.dataset.searchUrl, window.location.href);
      url.searchParams.set("q", query);
      fetchHtml(url.toString()).then(function (html) {
        if (input.value.trim() !== query) return;
        results.innerHTML = html;
        results.hidden = false;
      }).catch(close);
    }
    input.addEventListener("input", function () {
      chosen.textContent = "";
      clearTimeout(timer);
      timer = setTimeout(search, 250);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape") close();
      if (event.key === "ArrowDown" && !results.hidden) {
        var first = results.querySelector("button");
        if (first) { event.preventDefault(); first.focus(); }
      }
    });
    results.addEventListener("keydown", function (event) {
      var item = event.target.closest("li");
      if (!item) return;
      if (event.key === "ArrowDown" && item.nextElementSibling) {
        var next = item.nextElementSibling.querySelector("button");
        if (next) { event.preventDefault(); next.focus(); }
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        var prev = item.previousElementSibling && item.previousElementSibling.querySelector("button");
        (prev || input).focus();
      } else if (event.key === "Escape") {
        close(); input.focus();
      }
    });
    results.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-code]");
      if (!button) return;
      input.value = button.dataset.code;
      last = button.dataset.code;
      chosen.textContent = "✓ " + button.dataset.name;
      close();
      input.focus();
    });
    document.addEventListener("click", function (event) {
      if (!box.contains(event.target)) close();
    });
  }

  // Long checkbox lists (units to merge): a box that filters them as you type, with or without diacritics.
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }

  function setupChecklistFilter(input) {
    var items = input.parentNode.querySelectorAll(".check-item");
    input.addEventListener("input", function () {
      var query = fold(input.value.trim());
      items.forEach(function (item) {
        item.hidden = query !== "" && fold(item.textContent).indexOf(query) === -1 && !item.querySelector("input").checked;
      });
    });
  }

  // Filters of a list: always shown on a laptop; on a phone behind "Bộ lọc" unless some are set.
  function setupFilters() {
    if (!window.matchMedia("(max-width: 760px)").matches) {
      document.querySelectorAll("details.filter-more").forEach(function (details) { details.open = true; });
    }
  }

  // Repeating rows of a form (bridge points ...): "Thêm dòng" appends a copy of the blank row.
  function setupInlineRows(fieldset) {
    var prefix = fieldset.getAttribute("data-prefix");
    var total = fieldset.querySelector("input[name='" + prefix + "-TOTAL_FORMS']");
    var body = fieldset.querySelector("tbody");
    var template = fieldset.querySelector("template.inline-template");
    fieldset.querySelector(".inline-add").addEventListener("click", function () {
      var index = parseInt(total.value, 10);
      body.insertAdjacentHTML("beforeend", template.innerHTML.replace(/__prefix__/g, String(index)));
      total.value = String(index + 1);
      var first = body.lastElementChild.querySelector("input, select");
      body.lastElementChild.querySelectorAll(".unit-picker").forEach(setupPicker);
      if (first) { first.focus(); }
    });
  }

  ready(function () {
    document.querySelectorAll("fieldset.inline-rows").forEach(setupInlineRows);
    setupFilters();
    setupNav();
    setupTree();
    document.querySelectorAll(".unit-picker").forEach(setupPicker);
    document.querySelectorAll(".checklist-filter").forEach(setupChecklistFilter);
  });
})();
