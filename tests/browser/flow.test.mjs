// OpenTRM's web interface as a person uses it: a real node (the built `trm` binary, a
// fresh data folder, `trm serve` on a free port) and Debian's chromium, headless, driven
// by playwright-core. No browser is downloaded: set CHROMIUM to use another binary.
//
//   1. A case worker's first login sets up the authenticator app, then logs in; creates
//      a case, records consent, opens a measure; no page logs a console error.
//   2. Every page of that flow renders in each of the 12 languages with no
//      missing-translation marker.
//   3. The same flow with JavaScript disabled.
// Screenshots of the main pages are saved into docs/screenshots/ (used by README.md).

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { createHmac } from "node:crypto";
import { mkdtempSync, mkdirSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const trmBin = process.env.TRM_BIN ?? join(root, "target/debug/trm");
const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const shots = join(root, "docs/screenshots");
const LANGUAGES = ["en", "sq", "bs", "hr", "sr-Latn", "mk", "bg", "ro", "uk", "it", "pl", "sk"];
const ADMIN_PASSWORD = "synthetic browser-test admin passphrase";
const PASSWORD = "synthetic browser-test passphrase";
const MARKER = /\[(ui|list|field|group|section)-[a-z0-9_-]+\]/;

/** RFC 6238 TOTP (SHA-1, 30 s, 6 digits) of a base32 secret, at `time` ms. */
function totp(base32, time = Date.now()) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const c of base32.replace(/=+$/, "").toUpperCase()) {
    const v = alphabet.indexOf(c);
    if (v < 0) throw new Error(`not base32: ${c}`);
    bits += v.toString(2).padStart(5, "0");
  }
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(time / 1000 / 30)));
  const mac = createHmac("sha1", key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  const n = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(n).padStart(6, "0");
}

let dir, server, url, browser;

async function api(path, { token, body, method } = {}) {
  const r = await fetch(url + path, {
    method: method ?? (body ? "POST" : "GET"),
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { "content-type": "application/json" } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await r.text();
  assert.ok(r.ok, `${path}: ${r.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/** Starts `trm serve` on a free port; resolves with its URL once it listens. */
function serve(data) {
  return new Promise((ok, fail) => {
    server = spawn(trmBin, ["serve", "--data", data, "--listen", "127.0.0.1:0"], {
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, RUST_LOG: process.env.RUST_LOG ?? "error" },
    });
    let out = "";
    server.stdout.on("data", (chunk) => {
      out += chunk;
      const m = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (m) ok(m[1]);
    });
    server.on("exit", (code) => fail(new Error(`trm serve exited with ${code}: ${out}`)));
  });
}

/** Makes a case worker through the API, as the node's administrator would. */
async function makeCaseWorker(admin, username) {
  const me = await api("/api/me", { token: admin });
  await api("/api/users", {
    token: admin,
    body: {
      username,
      display_name: `Synthetic ${username}`,
      role: "case_worker",
      organisation: me.user.organisation,
      password: PASSWORD,
    },
  });
}

before(async () => {
  assert.ok(existsSync(trmBin), `build the node first: cargo build -p trm (${trmBin})`);
  assert.ok(existsSync(chromiumPath), `install chromium first (${chromiumPath})`);
  mkdirSync(shots, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), "trm-browser-"));
  const data = join(dir, "node");
  execFileSync(trmBin, [
    "init", "--data", data, "--country", "IT",
    "--name", "Synthetic Browser Test Node", "--admin-password", ADMIN_PASSWORD,
  ]);
  url = await serve(data);
  // The administrator's first login enrols a second factor through the API.
  const first = await api("/api/auth/login", { body: { username: "admin", password: ADMIN_PASSWORD } });
  const enrol = await api("/api/auth/totp/enrol", { token: first.token, body: {} });
  await api("/api/auth/totp/confirm", { token: first.token, body: { code: totp(enrol.secret) } });
  await makeCaseWorker(first.token, "caseworker");
  await makeCaseWorker(first.token, "nojs.worker");
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run",
    ],
  });
});

after(async () => {
  await browser?.close();
  server?.removeAllListeners("exit");
  server?.kill("SIGTERM");
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A page that records console errors and uncaught exceptions. */
async function watchedPage(context) {
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.errors = [];
  page.on("console", (m) => { if (m.type() === "error") page.errors.push(`${page.url()}: ${m.text()}`); });
  page.on("pageerror", (e) => page.errors.push(`${page.url()}: ${e.message}`));
  return page;
}

/** First login in the browser: password, then the enrolment page, then the dashboard. */
async function firstLogin(page, username) {
  await page.goto(url + "/");
  assert.match(page.url(), /\/login$/, "a page without a login goes to the login page");
  await page.getByLabel(/Username/).fill(username);
  await page.getByLabel(/^Password/).fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.waitForURL(/\/enrol$/);
  const secret = (await page.locator("#totp-secret").textContent()).trim();
  await page.getByLabel(/Code from the app/).fill(totp(secret));
  await page.getByRole("button", { name: "Confirm" }).click();
  await page.getByRole("heading", { name: "Your second factor is set up" }).waitFor();
  assert.equal(await page.locator("ul.codes li").count(), 10);
  await page.getByRole("link", { name: "Continue" }).click();
  await page.waitForURL(url + "/");
}

/** Creates a case, records consent, opens a measure; returns the case page's path. */
async function caseFlow(page, shoot) {
  await page.getByRole("link", { name: "New case" }).first().click();
  await page.waitForURL(/\/cases\/new$/);
  if (shoot) await page.screenshot({ path: join(shots, "new-case.png"), fullPage: true });
  // A form refused names the field that was wrong, and keeps what was typed.
  await page.getByLabel("Given name").fill("");
  await page.getByRole("button", { name: "Create the case" }).click();
  await page.locator(".error-summary").waitFor();
  assert.match(await page.locator(".error-summary").textContent(), /Given name/);
  // The refusal is answered 422 on purpose, which the browser logs: not an error here.
  page.errors = page.errors.filter((e) => !e.includes("status of 422"));
  await page.getByLabel("Given name").fill("Testa");
  await page.getByLabel("Family name").fill("Fictiva");
  await page.getByLabel("Sex").selectOption("female");
  await page.getByLabel(/^Age, if/).selectOption("over_18");
  await page.getByLabel("Citizenships").fill("AL");
  await page.getByLabel("Languages").fill("sq");
  await page.getByRole("button", { name: "Create the case" }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
  const casePath = new URL(page.url()).pathname;

  await page.getByLabel("Consent to").selectOption("share_data");
  await page.getByLabel(/^Country/).fill("AL");
  await page.getByLabel("Purpose of sharing").selectOption("referral");
  await page.getByLabel("Decision").selectOption("given");
  await page.getByLabel("Decided on").first().fill("2026-01-15");
  await page.getByLabel("Language the person was informed in").fill("sq");
  await page.getByLabel("Interpreter present").selectOption("true");
  await page.getByRole("button", { name: "Record consent" }).click();
  await page.waitForURL(new RegExp(`${casePath}#consents$`));
  assert.match(await page.locator("#consents").textContent(), /sharing data with AL for referral/);

  await page.locator("#board").getByRole("link", { name: "Intake and needs assessment" }).click();
  await page.waitForURL(/\/sop\/sop2\.intake_needs_assessment$/);
  assert.match(await page.locator(".guidance").textContent(), /What/);
  await page.getByLabel("Status of the measure").selectOption("in_progress");
  await page.getByLabel("Due").fill("2026-02-01");
  await page.getByLabel("Notes").fill("Synthetic intake notes");
  await page.getByRole("button", { name: "Open this measure" }).click();
  await page.waitForURL(/\/sop\/sop2\.intake_needs_assessment$/);
  assert.match(await page.locator("main").textContent(), /In progress/);
  if (shoot) await page.screenshot({ path: join(shots, "measure.png"), fullPage: true });

  await page.goto(url + casePath);
  assert.match(await page.locator("#board").textContent(), /In progress/);
  return casePath;
}

let flowPages = [];
/** The first test's logged-in browser context, which the second reads every page with. */
let flowContext;

test("a case worker logs in with TOTP, creates a case, records consent and opens a measure", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-GB" });
  const page = await watchedPage(context);
  await page.goto(url + "/login");
  await page.screenshot({ path: join(shots, "login.png") });
  await firstLogin(page, "caseworker");
  const casePath = await caseFlow(page, true);
  await page.screenshot({ path: join(shots, "case.png"), fullPage: true });
  await page.goto(url + casePath + "/screening");
  await page.getByLabel(/threatened/).check();
  await page.getByRole("button", { name: "Record what I observed" }).click();
  await page.getByRole("heading", { name: "Measures to consider next" }).waitFor();
  await page.goto(url + "/");
  await page.screenshot({ path: join(shots, "dashboard.png"), fullPage: true });
  await page.goto(url + "/knowledge");
  await page.goto(url + "/account");
  assert.deepEqual(page.errors, [], "no page logged a console error");
  flowPages = ["/", "/cases", "/cases/new", casePath, `${casePath}/sop/sop2.intake_needs_assessment`,
    `${casePath}/screening?observed=threats`, "/knowledge", "/account"];
  flowContext = context;
});

test("every page of the flow renders in all 12 languages without a missing translation", async () => {
  const context = flowContext;
  assert.ok(context, "the flow test ran first");
  const page = await watchedPage(context);
  for (const lang of LANGUAGES) {
    await context.addCookies([{ name: "trm_lang", value: lang, url }]);
    for (const path of flowPages) {
      const r = await page.goto(url + path);
      assert.equal(r.status(), 200, `${lang} ${path}`);
      assert.equal(await page.getAttribute("html", "lang"), lang, `${lang} ${path}`);
      const text = await page.locator("body").innerText();
      const missing = text.match(MARKER);
      assert.equal(missing, null, `${lang} ${path}: ${missing?.[0]}`);
    }
  }
  await context.addCookies([{ name: "trm_lang", value: "sq", url }]);
  await page.goto(url + flowPages[3]);
  await page.screenshot({ path: join(shots, "case-sq.png") });
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("the case flow works with JavaScript disabled", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await watchedPage(context);
  await firstLogin(page, "nojs.worker");
  const casePath = await caseFlow(page, false);
  await page.screenshot({ path: join(shots, "case-phone.png") });
  // Withdraw the consent: a plain form too.
  await page.getByRole("button", { name: "Withdraw" }).click();
  await page.waitForURL(new RegExp(`${casePath}#consents$`));
  assert.match(await page.locator("#consents").textContent(), /withdrawn/);
  await context.close();
});
