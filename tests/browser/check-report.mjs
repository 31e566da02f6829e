// Opens a stancegraph HTML report in headless Chromium and checks what a reader relies on.
//
// usage: node check-report.mjs REPORT.html [SCREENSHOT.png] [--require-graph] [--require-findings]
// env:   CHROMIUM = path to the browser (default /usr/bin/chromium)
//
// Checks: no request leaves the page; no console error (a CSP violation would be one); the
// inline script ran (filter controls shown); the stance graph SVG has a non-zero size;
// clicking a finding scrolls to its evidence; a claim link works from the keyboard; the
// page still works with JavaScript off. Prints one line per check; exits 1 on a failure.
import { chromium } from "playwright-core";
import { pathToFileURL } from "node:url";
import path from "node:path";

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith("--")));
const graphShot = (args.find((a) => a.startsWith("--graph-shot=")) || "").slice("--graph-shot=".length);
const [htmlPath, shotPath] = args.filter((a) => !a.startsWith("--"));
if (!htmlPath) {
  console.error("usage: node check-report.mjs REPORT.html [SCREENSHOT.png] [--require-graph] [--require-findings]");
  process.exit(2);
}
const url = pathToFileURL(path.resolve(htmlPath)).href;
let failures = 0;
const ok = (cond, what, detail = "") => {
  console.log(`${cond ? "ok  " : "FAIL"} ${what}${detail ? ": " + detail : ""}`);
  if (!cond) failures++;
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  // ---- with JavaScript on
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const external = [];
  await page.route("**/*", (route) => {
    const u = route.request().url();
    if (u.startsWith("file:") || u.startsWith("data:")) return route.continue();
    external.push(u);
    return route.abort();
  });
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(url);

  ok(external.length === 0, "no external requests", external.join(", "));
  ok(await page.evaluate(() => document.documentElement.classList.contains("js")), "inline script ran");
  if (await page.locator("tr.claim").count()) {
    ok(await page.locator("section.doc .filter").first().isVisible(), "the script shows the claim filter");
    const doc = page.locator("section.doc").first();
    const stance = await doc.locator("tr.claim").first().getAttribute("data-stance");
    await doc.locator("select[data-filter=stance]").selectOption(stance);
    const shown = await doc.locator("tr.claim:visible").count();
    const want = await doc.locator(`tr.claim[data-stance=${stance}]`).count();
    ok(shown === want, "filtering by stance shows only that stance's claims", `${stance}: ${shown} of ${want}`);
    await doc.locator("select[data-filter=stance]").selectOption("");
  }

  const claims = await page.locator("tr.claim").count();
  const marks = await page.locator(".text .hl").count();
  ok(claims === 0 || marks > 0, "claims are highlighted in the article", `${claims} claims, ${marks} highlights`);

  // the stance graph
  const svg = page.locator("section.graph svg").first();
  if (await svg.count()) {
    const box = await svg.boundingBox();
    ok(box && box.width > 0 && box.height > 0, "stance graph SVG has a size", box ? `${Math.round(box.width)}x${Math.round(box.height)}` : "not laid out");
  } else {
    ok(!flags.has("--require-graph"), "stance graph SVG present", "the page shows the graph placeholder");
  }

  // clicking a finding scrolls to its evidence
  const links = page.locator("a.finding-link");
  if (await links.count()) {
    const href = await links.first().getAttribute("href");
    await links.first().click();
    await page.waitForFunction((h) => location.hash === h, href);
    const target = page.locator(href);
    const rect = await target.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, height: r.height, vh: window.innerHeight, scrollY: window.scrollY };
    });
    ok(rect.scrollY > 0 && rect.top >= -1 && rect.top < rect.vh / 2, "clicking a finding scrolls to its evidence", JSON.stringify(rect));
    const ev = await target.locator("figure.ev").count();
    ok(ev > 0 && (await target.locator("figure.ev").first().isVisible()), "the finding's evidence is shown", `${ev} quotes`);
  } else {
    ok(!flags.has("--require-findings"), "a finding to click", "the report has no findings");
  }

  // a claim link from the keyboard: focus it, see the speaker tip, press Enter, land on the row
  const cm = page.locator("section.doc a.cm").first();
  if (await cm.count()) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await cm.focus();
    const tip = await cm.evaluate((el) => getComputedStyle(el, "::after").content);
    ok(tip && tip !== "none" && tip.length > 2, "focused claim link shows its speaker", tip);
    const href = await cm.getAttribute("href");
    await page.keyboard.press("Enter");
    await page.waitForFunction((h) => location.hash === h, href);
    const inView = await page.locator(href).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= -1 && r.bottom <= window.innerHeight + 1;
    });
    ok(inView, "Enter on a claim link jumps to its table row", href);
  }
  // clicking highlighted text (not the link) also jumps to the claim's row
  const hl = page.locator("section.doc .text .hl-cue").first();
  if (await hl.count()) {
    await page.evaluate(() => { history.replaceState(null, "", location.pathname); window.scrollTo(0, 0); });
    const id = await hl.getAttribute("data-claim");
    await hl.click();
    const want = "#" + id.replace(/^(d\d+-)?(\d+)$/, (_, p, n) => (p || "") + "claim-" + n);
    await page.waitForFunction((h) => location.hash === h, want, { timeout: 3000 }).catch(() => {});
    ok(await page.evaluate(() => location.hash) === want, "clicking a highlighted cue jumps to its claim row", want);
  }
  ok(errors.length === 0, "no console errors (CSP violations show here)", errors.join(" | "));

  if (shotPath) {
    await page.mouse.move(0, 0);
    await page.evaluate(() => {
      if (document.activeElement) document.activeElement.blur();
      document.querySelectorAll(".active").forEach((el) => el.classList.remove("active"));
      history.replaceState(null, "", location.pathname);
      window.scrollTo(0, 0);
    });
    await page.setViewportSize({ width: 1280, height: 1500 });
    await page.screenshot({ path: shotPath, fullPage: false });
    console.log(`screenshot: ${shotPath}`);
  }
  if (graphShot && (await page.locator("section.graph figure").count())) {
    await page.locator("section.graph figure").first().screenshot({ path: graphShot });
    console.log(`graph screenshot: ${graphShot}`);
  }
  await ctx.close();

  // ---- with JavaScript off: everything is still there and links still work
  const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const p2 = await noJs.newPage();
  await p2.goto(url);
  ok(await p2.locator("tr.claim").count() === claims, "without JavaScript every claim row is there");
  ok(!(await p2.locator("section.doc .filter").first().isVisible()), "without JavaScript the (useless) filter stays hidden");
  const l2 = p2.locator("a.finding-link");
  if (await l2.count()) {
    const href = await l2.first().getAttribute("href");
    await l2.first().click();
    await p2.waitForFunction((h) => location.hash === h, href);
    const top = await p2.locator(href).evaluate((el) => el.getBoundingClientRect().top);
    ok(top >= -1 && top < 450, "without JavaScript a finding link still scrolls to its evidence", `top ${top}`);
  }
  await noJs.close();
} finally {
  await browser.close();
}
process.exit(failures ? 1 : 0);
