//! Relay connection fields, declared once. Every connection field takes the same four paging
//! arguments with the same descriptions and is priced by its page size. async-graphql cannot
//! flatten an input object into arguments (async-graphql/async-graphql#1514), and a macro inside
//! an `#[Object]` impl is not expanded before `#[Object]` reads it; so this attribute, placed
//! above `#[Object]`, expands first and writes the arguments into each method marked
//! `#[connection]`:
//!
//! ```ignore
//! #[connections]
//! #[Object]
//! impl Organisation {
//!     /// The organisations PART_OF this one.
//!     #[connection]
//!     async fn children(&self, ctx: &Context<'_>) -> ApiResult<Connection<Organisation>> {
//!         let orgs = /* ... */;
//!         Ok(paginate(page, orgs, |o| o))
//!     }
//! }
//! ```
//!
//! The method gains `first`, `after`, `last` and `before` (described in the schema), the
//! complexity `connection::cost(first, last, child_complexity)`, and a first statement
//! `let page = PageArgs::new(first, after, last, before)?;`, so its body reads `page`.
//!
//! A field read as at a date is marked `#[dated("The date to read ... (default today).")]`: it
//! gains the argument `as_at: Option<Date>` with that description, which its body reads.

use proc_macro::TokenStream;
use quote::quote;
use syn::{Attribute, FnArg, ImplItem, ItemImpl, parse_macro_input, parse_quote};

/// Writes the paging arguments into each method of the impl marked `#[connection]`.
#[proc_macro_attribute]
pub fn connections(attr: TokenStream, item: TokenStream) -> TokenStream {
    if !attr.is_empty() {
        let error = syn::Error::new(
            proc_macro2::Span::call_site(),
            "#[connections] takes no arguments",
        );
        return error.to_compile_error().into();
    }
    let mut imp = parse_macro_input!(item as ItemImpl);
    let mut any = false;
    for item in &mut imp.items {
        let ImplItem::Fn(method) = item else { continue };
        match take_dated(&mut method.attrs) {
            Ok(Some(desc)) => {
                // Right after `&self` and the context, where the schema has always listed it.
                let at = method
                    .sig
                    .inputs
                    .iter()
                    .take_while(|a| is_self_or_context(a))
                    .count();
                let arg: FnArg = parse_quote!(
                    #[graphql(desc = #desc)] as_at: Option<crate::graphql::scalars::Date>
                );
                method.sig.inputs.insert(at, arg);
            }
            Ok(None) => {}
            Err(error) => return error.to_compile_error().into(),
        }
        if take_marker(&mut method.attrs) {
            any = true;
            method.attrs.push(parse_quote!(
                #[graphql(complexity = "crate::graphql::connection::cost(first, last, child_complexity)")]
            ));
            let args: [FnArg; 4] = [
                parse_quote!(
                    #[graphql(desc = "Items from the start of the list (at most 100, default 20).")]
                    first: Option<i32>
                ),
                parse_quote!(#[graphql(desc = "Start after this cursor.")] after: Option<String>),
                parse_quote!(
                    #[graphql(desc = "Items from the end of the list (at most 100).")]
                    last: Option<i32>
                ),
                parse_quote!(#[graphql(desc = "End before this cursor.")] before: Option<String>),
            ];
            method.sig.inputs.extend(args);
            method.block.stmts.insert(
                0,
                parse_quote!(
                    let page = crate::graphql::connection::PageArgs::new(first, after, last, before)?;
                ),
            );
        }
    }
    if any {
        // Connection fields take their own arguments and the four paging ones.
        imp.attrs
            .push(parse_quote!(#[allow(clippy::too_many_arguments)]));
    }
    quote!(#imp).into()
}

/// Removes the `#[connection]` marker from `attrs`; whether it was there.
fn take_marker(attrs: &mut Vec<Attribute>) -> bool {
    let before = attrs.len();
    attrs.retain(|a| !a.path().is_ident("connection"));
    attrs.len() != before
}

/// Whether an argument is the receiver or the async-graphql context.
fn is_self_or_context(arg: &FnArg) -> bool {
    match arg {
        FnArg::Receiver(_) => true,
        FnArg::Typed(typed) => matches!(&*typed.pat, syn::Pat::Ident(p) if p.ident == "ctx"),
    }
}

/// Removes the `#[dated("...")]` marker from `attrs`; the description it gives the argument.
fn take_dated(attrs: &mut Vec<Attribute>) -> syn::Result<Option<syn::LitStr>> {
    let Some(at) = attrs.iter().position(|a| a.path().is_ident("dated")) else {
        return Ok(None);
    };
    attrs.remove(at).parse_args().map(Some)
}
