//! A browser without JavaScript for the page tests: keeps its cookies, follows no
//! redirect by itself, posts forms as a page does.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};
use reqwest::{Client, StatusCode, redirect};

use crate::common::{PASSWORD, TestNode};

/// Largest page the interface may send (slow connections, old laptops).
pub const PAGE_BUDGET: usize = 100 * 1024;

/// A browser without JavaScript: keeps its cookies, follows no redirect by itself.
pub struct Browser {
    pub http: Client,
    pub base: String,
    pub cookies: Vec<(String, String)>,
}

impl Browser {
    pub fn new(node: &TestNode) -> Browser {
        Browser {
            http: Client::builder()
                .redirect(redirect::Policy::none())
                .build()
                .unwrap(),
            base: node.url.clone(),
            cookies: Vec::new(),
        }
    }

    pub fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn keep_cookies(&mut self, r: &reqwest::Response) {
        for c in r.headers().get_all(SET_COOKIE) {
            let pair = c.to_str().unwrap().split(';').next().unwrap();
            let (k, v) = pair.split_once('=').unwrap();
            self.cookies.retain(|(name, _)| name != k);
            if !v.is_empty() {
                self.cookies.push((k.to_owned(), v.to_owned()));
            }
        }
    }

    pub async fn get(&mut self, path: &str) -> (StatusCode, String) {
        let r = self
            .http
            .get(format!("{}{path}", self.base))
            .header(COOKIE, self.cookie_header())
            .send()
            .await
            .unwrap();
        self.keep_cookies(&r);
        (r.status(), r.text().await.unwrap())
    }

    /// Posts a form; answers the status, the redirect target and the body.
    pub async fn post(
        &mut self,
        path: &str,
        form: &[(&str, &str)],
    ) -> (StatusCode, String, String) {
        let r = self
            .http
            .post(format!("{}{path}", self.base))
            .header(COOKIE, self.cookie_header())
            .form(form)
            .send()
            .await
            .unwrap();
        self.keep_cookies(&r);
        let to = r
            .headers()
            .get(LOCATION)
            .map(|l| l.to_str().unwrap().to_owned())
            .unwrap_or_default();
        (r.status(), to, r.text().await.unwrap())
    }

    /// Posts a form with the session's CSRF token, as the page's form does.
    pub async fn submit(
        &mut self,
        path: &str,
        form: &[(&str, &str)],
    ) -> (StatusCode, String, String) {
        let csrf = self.csrf().await;
        let mut with = form.to_vec();
        with.push(("csrf", &csrf));
        self.post(path, &with).await
    }

    /// Opens the login page and posts its form (with the form's nonce) as a person does.
    pub async fn post_login(&mut self, form: &[(&str, &str)]) -> (StatusCode, String, String) {
        let (_, page) = self.get("/login").await;
        let token = hidden(&page, "login_token").expect("the login form carries its nonce");
        let mut with = form.to_vec();
        with.push(("login_token", &token));
        self.post("/login", &with).await
    }

    /// Logs in through the login page with the password and a fresh TOTP code.
    pub async fn login(&mut self, node: &TestNode, username: &str) {
        let code = node.next_code(username);
        let (status, to, body) = self
            .post_login(&[
                ("username", username),
                ("password", PASSWORD),
                ("code", &code),
            ])
            .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
        assert_eq!(to, "/");
        assert!(self.cookies.iter().any(|(k, _)| k == "trm_session"));
    }

    /// The CSRF token the pages put in their forms.
    pub async fn csrf(&mut self) -> String {
        let (_, body) = self.get("/").await;
        hidden(&body, "csrf").expect("a page with a form carries the CSRF token")
    }

    pub fn choose_language(&mut self, lang: &str) {
        self.cookies.retain(|(k, _)| k != "trm_lang");
        self.cookies.push(("trm_lang".into(), lang.into()));
    }
}

/// The value of the first hidden field `name` of a page.
pub fn hidden(body: &str, name: &str) -> Option<String> {
    let at = body.find(&format!("name=\"{name}\" value=\""))?;
    let rest = &body[at + name.len() + 15..];
    Some(rest[..rest.find('"')?].to_owned())
}

/// Any `[ui-…]`, `[list-…]` marker: a key the reader's language (and English) lacks.
pub fn missing_translation(body: &str) -> Option<&str> {
    [
        "[ui-",
        "[list-",
        "[field-",
        "[group-",
        "[section-",
        "[request-",
        "[guide-",
        "[err-",
    ]
    .iter()
    .find_map(|m| body.find(m).map(|i| &body[i..(i + 40).min(body.len())]))
}

/// An attribute of a tag as the page wrote it, unescaped.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let rest = &tag[at..];
    Some(unescape(&rest[..rest.find('"')?]))
}

fn unescape(text: &str) -> String {
    text.replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// What a browser posts from the page's form whose action is `action`: its inputs
/// (checkboxes only when checked, no buttons), each select's chosen option (else its
/// first), its text areas.
pub fn form_fields(body: &str, action: &str) -> Vec<(String, String)> {
    let start = body
        .find(&format!("action=\"{action}\""))
        .unwrap_or_else(|| panic!("no form posts to {action}"));
    let form = &body[start..];
    let form = &form[..form.find("</form>").expect("the form ends")];
    let mut out = Vec::new();
    let mut rest = form;
    while let Some(open) = rest.find('<') {
        rest = &rest[open..];
        let end = rest.find('>').expect("the tag ends");
        let tag = &rest[..=end];
        let name = attribute(tag, "name");
        if tag.starts_with("<input") {
            let kind = attribute(tag, "type").unwrap_or_else(|| "text".into());
            let ticked = !matches!(kind.as_str(), "checkbox" | "radio") || tag.contains(" checked");
            if let (Some(name), true) = (name, ticked) {
                out.push((name, attribute(tag, "value").unwrap_or_default()));
            }
        } else if tag.starts_with("<select") {
            let close = rest.find("</select>").expect("the select ends");
            let options: Vec<&str> = rest[..close]
                .match_indices("<option")
                .map(|(i, _)| {
                    let option = &rest[i..close];
                    &option[..=option.find('>').expect("the option tag ends")]
                })
                .collect();
            let chosen = options
                .iter()
                .find(|o| o.contains(" selected"))
                .or(options.first());
            if let (Some(name), Some(option)) = (name, chosen) {
                out.push((name, attribute(option, "value").unwrap_or_default()));
            }
            rest = &rest[close..];
            continue;
        } else if tag.starts_with("<textarea") {
            let close = rest.find("</textarea>").expect("the text area ends");
            if let Some(name) = name {
                out.push((name, unescape(&rest[end + 1..close])));
            }
            rest = &rest[close..];
            continue;
        }
        rest = &rest[end + 1..];
    }
    out
}

/// Sets field `name` of a scraped form (adds it if the form had none).
pub fn set(fields: &mut Vec<(String, String)>, name: &str, value: &str) {
    match fields.iter_mut().find(|(n, _)| n == name) {
        Some(field) => field.1 = value.to_owned(),
        None => fields.push((name.to_owned(), value.to_owned())),
    }
}
