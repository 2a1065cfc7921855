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
        if let ImplItem::Fn(method) = item
            && take_marker(&mut method.attrs)
        {
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
