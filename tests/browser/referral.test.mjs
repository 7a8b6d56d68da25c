// A referral across a border, as the people involved do it: two real nodes (`trm init`
// each, `trm peer add` each way with the fingerprint `trm node show` prints), Italy and
// Albania, on 127.0.0.1, and Debian's chromium driving their pages.
//
//   1. Italy's case worker logs in with TOTP, creates a case, records consent to share
//      with Albania, opens a measure, prepares the referral and fills what blocks it; the
//      case manager sends it. Albania's focal point finds it in the inbox, in Albanian,
//      and opens it. Italy asks a question about it; Albania dispatches it and replies.
//      Italy sees the referral opened and the request answered. Administrators see the
//      peers, their fingerprints and the link health.
//   2. Without the person's consent the referral is refused, and the page says why;
//      with JavaScript disabled.
//   3. No page logged a console error, and every page of the flow renders in all 12
//      languages without a missing-translation marker.
// Screenshots: the composer, the inbox in Albanian, the administration's peers page.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  trmBin, chromiumPath, shots, init, serve, stop, trm, freePort, adminToken, makeUser,
  launch, watchedPage, forgive422, firstLogin, caseFlow, everyLanguage,
} from "./helpers.mjs";

let dir, browser;
const nodes = {};

/** The signing key's fingerprint, as `trm node show` prints it. */
function fingerprint(data) {
  const line = trm(data, "node", "show").split("\n").find((l) => l.startsWith("signing"));
  return line.split("fingerprint ")[1].trim();
}

before(async () => {
  assert.ok(existsSync(trmBin), `build the node first: cargo build -p trm (${trmBin})`);
  assert.ok(existsSync(chromiumPath), `install chromium first (${chromiumPath})`);
  dir = mkdtempSync(join(tmpdir(), "trm-browser-federation-"));
  for (const [country, name] of [["IT", "Synthetic Italian Node"], ["AL", "Synthetic Albanian Node"]]) {
    const data = join(dir, country);
    const listen = `127.0.0.1:${await freePort()}`;
    init(data, country, name, listen);
    const { server, url } = await serve(data, listen);
    nodes[country] = { data, server, url };
  }
  // Each administrator reads the other's fingerprint (over the phone, in real life).
  for (const [here, there] of [["IT", "AL"], ["AL", "IT"]]) {
    trm(nodes[here].data, "peer", "add", "--url", nodes[there].url,
      "--fingerprint", fingerprint(nodes[there].data), "--legal-basis", "public_bodies_arrangement");
  }
  const it = await adminToken(nodes.IT.url);
  await makeUser(nodes.IT.url, it, "caseworker");
  await makeUser(nodes.IT.url, it, "manager", "case_manager");
  await makeUser(nodes.IT.url, it, "siteadmin", "administrator");
  await makeUser(nodes.IT.url, it, "nojs.worker");
  await makeUser(nodes.IT.url, it, "nojs.manager", "case_manager");
  const al = await adminToken(nodes.AL.url);
  await makeUser(nodes.AL.url, al, "focal", "focal_point");
  browser = await launch();
});

after(async () => {
  await browser?.close();
  for (const n of Object.values(nodes)) stop(n.server);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Reloads `path` (at most 15 s) until `selector` is on the page. */
async function until(page, url, path, selector) {
  for (let i = 0; i < 60; i++) {
    await page.goto(url + path);
    if (await page.locator(selector).count()) return;
    await page.waitForTimeout(250);
  }
  assert.fail(`${path} never showed ${selector}: ${(await page.locator("main").innerText()).slice(0, 4000)}`);
}

/** Fills in the composer what a case created in the browser leaves out. */
async function fillWhatBlocks(page) {
  await page.locator("#f-fields-case-exploitation_types").getByLabel("Labour exploitation").check();
  await page.getByLabel(/^Country\/ies of exploitation/).fill("IT");
  await page.getByLabel(/^Children to be returned/).selectOption("false");
  await page.getByLabel(/^Wishes to enter an assistance programme/).selectOption("true");
  await page.getByLabel(/^Has received information on the assistance programme/).selectOption("true");
}

/** Everyone's pages and contexts, for the languages test. */
const seen = { pages: [], visits: [] };

async function signedIn(country, username, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-GB", ...options });
  const page = await watchedPage(context);
  await firstLogin(page, nodes[country].url, username);
  seen.pages.push(page);
  return { context, page, url: nodes[country].url };
}

test("Italy refers a person to Albania, Albania reads it in Albanian and answers Italy's request", async () => {
  // Italy's case worker: the case, the consent, a measure, then the referral.
  const worker = await signedIn("IT", "caseworker");
  const { page: w, url: it } = worker;
  const casePath = await caseFlow(w, it);
  await w.getByLabel("Recipient country").fill("AL");
  await w.getByRole("button", { name: "Prepare referral" }).click();
  await w.waitForURL(/\/referrals\/[0-9a-f-]{36}$/);
  const refPath = new URL(w.url()).pathname;
  // What blocks is listed, each linked to its field; the consent check is stated.
  assert.match(await w.locator("#blocking").textContent(), /still stop the referral/);
  assert.match(await w.locator(".error-summary").textContent(), /Type of exploitation/);
  assert.match(await w.locator("#consent-check").textContent(),
    /consent of 2026-01-15 covers sharing data with AL for a referral/);
  assert.equal(await w.getByLabel(/^Sex( \*)?$/).inputValue(), "female", "prefilled from the case");
  await w.screenshot({ path: join(shots, "composer.png") });
  await fillWhatBlocks(w);
  await w.getByRole("button", { name: "Save the referral" }).click();
  await w.waitForURL(new RegExp(`${refPath}#composer$`));
  const blocking = await w.locator("#composer").textContent();
  assert.match(blocking, /Nothing in the form stops the referral from being sent/, blocking.slice(0, 2000));
  // The preview is what Albania will read: in Albanian.
  const preview = await w.getByRole("link", { name: /Preview as the recipient sees it/ }).getAttribute("href");
  assert.match(preview, /lang=sq$/);
  await w.goto(it + preview);
  assert.equal(await w.getAttribute("html", "lang"), "sq");
  assert.match(await w.locator("body").innerText(), /Gjinia/);
  await w.goto(it + refPath);
  assert.match(await w.locator("#send").textContent(), /A case manager or the focal point sends the referral/);
  seen.visits.push([worker, [casePath, refPath, `${casePath}/sop/sop2.intake_needs_assessment`]]);

  // Italy's case manager sends it.
  const manager = await signedIn("IT", "manager");
  const m = manager.page;
  await m.goto(it + refPath);
  await m.getByRole("button", { name: "Send to AL" }).click();
  await m.waitForURL(new RegExp(`${refPath}#delivery$`));
  assert.match(await m.locator("#delivery").textContent(), /Queued|Delivered|Opened/);

  // Albania's focal point: the inbox, in Albanian.
  const focal = await signedIn("AL", "focal");
  const { page: f, context: fc, url: al } = focal;
  await fc.addCookies([{ name: "trm_lang", value: "sq", url: al }]);
  await until(f, al, "/inbox", `a[href="${refPath}"]`);
  assert.equal(await f.getAttribute("html", "lang"), "sq");
  assert.match(await f.locator("h1").textContent(), /Kutia hyrëse/);
  assert.match(await f.locator("table.inbox").textContent(), /IT/);
  await f.screenshot({ path: join(shots, "inbox-sq.png") });
  await f.locator(`a[href="${refPath}"]`).first().click();
  await f.waitForURL(al + refPath);
  assert.match(await f.locator("h1").textContent(), /Referim nga IT/);
  assert.match(await f.locator("#document").textContent(), /Gjinia/);

  // Italy sees it opened, and asks a question about it.
  await until(m, it, refPath, ".d-opened");
  await m.getByLabel("What is asked").selectOption("checks.identity");
  await m.getByLabel(/^Details( \*)?$/).fill("");
  await m.getByRole("button", { name: "Send the request" }).click();
  await m.locator(".error-summary").waitFor();
  forgive422(m);
  await m.getByLabel(/^Details( \*)?$/).fill("Synthetic question: is Testa Fictiva in the civil register?");
  await m.getByRole("button", { name: "Send the request" }).click();
  await m.waitForURL(new RegExp(`${refPath}#requests$`));
  assert.match(await m.locator("#requests").textContent(), /Identity of the assisted person|identity/i);

  // Albania: on the dashboard with its due date, then dispatched and answered.
  await until(f, al, "/", "section[aria-labelledby=p-messages] a[href^='/requests/']");
  assert.match(await f.locator("section[aria-labelledby=p-messages]").textContent(), /afati/);
  await f.locator("section[aria-labelledby=p-messages] a[href^='/requests/']").first().click();
  await f.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
  const requestPath = new URL(f.url()).pathname;
  assert.match(await f.locator("main").textContent(), /Synthetic question/);
  await f.getByLabel("Organizata").selectOption({ index: 1 });
  await f.getByRole("button", { name: "Përcill" }).click();
  await f.waitForURL(al + requestPath);
  await f.getByLabel("Rezultati").selectOption("provided");
  await f.getByLabel("Përgjigjja").fill("Synthetic answer: the register lists Testa Fictiva.");
  await f.getByRole("button", { name: "Dërgo përgjigjen" }).click();
  await f.waitForURL(al + requestPath);
  assert.match(await f.locator("main").textContent(), /Synthetic answer/);
  seen.visits.push([focal, ["/", "/inbox", refPath, requestPath]]);

  // Italy: the referral opened, the request answered.
  await until(m, it, refPath, "#requests .badge.r-answered");
  assert.match(await m.locator("#requests").textContent(), /Synthetic answer: the register lists Testa Fictiva\./);
  assert.match(await m.locator("#delivery").textContent(), /Opened/);
  seen.visits.push([manager, ["/", refPath]]);

  // Italy's administrator: the peer pinned with the fingerprint read over the phone.
  const admin = await signedIn("IT", "siteadmin");
  const a = admin.page;
  await a.getByRole("link", { name: "Administration" }).click();
  await a.getByRole("link", { name: "Peer nodes" }).click();
  await a.waitForURL(it + "/admin/peers");
  assert.match(await a.locator("main").textContent(), new RegExp(fingerprint(nodes.AL.data)));
  assert.match(await a.locator("main").textContent(), /Synthetic Albanian Node/);
  await a.screenshot({ path: join(shots, "admin-peers.png"), fullPage: true });
  await a.goto(it + "/admin/audit");
  await a.getByRole("button", { name: "Verify now" }).click();
  assert.match(await a.locator("#audit-result").textContent(), /The audit trail is intact/);
  seen.visits.push([admin, ["/admin", "/admin/users", "/admin/peers", "/admin/messages", "/admin/audit?run=1"]]);
});

test("a referral without the person's consent is refused and the page says why, without JavaScript", async () => {
  const worker = await signedIn("IT", "nojs.worker", { javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const { page: w, url: it } = worker;
  await caseFlow(w, it, { consent: false });
  await w.getByLabel("Recipient country").fill("AL");
  await w.getByRole("button", { name: "Prepare referral" }).click();
  await w.waitForURL(/\/referrals\/[0-9a-f-]{36}$/);
  const refPath = new URL(w.url()).pathname;
  assert.match(await w.locator("#consent-check").textContent(),
    /Sending is blocked: the person's consent to share data with AL for a referral is not recorded/);
  // Ticking consent on the form does not make it so: the gate reads the case's records.
  await fillWhatBlocks(w);
  await w.getByLabel(/^Victim's consent for data to be shared/).selectOption("true");
  await w.getByRole("button", { name: "Save the referral" }).click();
  await w.waitForURL(new RegExp(`${refPath}#composer$`));
  assert.match(await w.locator("#composer").textContent(), /Nothing in the form stops the referral from being sent/);

  const manager = await signedIn("IT", "nojs.manager", { javaScriptEnabled: false });
  const m = manager.page;
  await m.goto(it + refPath);
  await m.getByRole("button", { name: "Send to AL" }).click();
  await m.locator(".error-summary").waitFor();
  forgive422(m);
  assert.match(await m.locator("#consent-check").textContent(), /Sending is blocked/);
  assert.match(await m.locator(".error-summary").textContent(), /no current consent of the person to share data with AL/);
  // Nothing left: the referral is still a draft with its composer.
  await m.goto(it + refPath);
  assert.equal(await m.locator("#composer").count(), 1);
  assert.equal(await m.locator("#delivery").count(), 0);
  await m.getByRole("link", { name: "Record the consent on the case" }).click();
  await m.waitForURL(/\/cases\/[0-9a-f-]{36}#record-consent$/);
});

test("no page logged a console error, and every page of the flow reads in all 12 languages", async () => {
  for (const page of seen.pages) assert.deepEqual(page.errors, [], "no console error");
  assert.ok(seen.visits.length >= 4, "the referral test ran first");
  for (const [who, paths] of seen.visits) {
    const page = await watchedPage(who.context);
    await everyLanguage(who.context, page, who.url, paths);
    assert.deepEqual(page.errors, []);
  }
  for (const page of seen.pages) await page.context().close();
});
