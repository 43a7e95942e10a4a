//! `name()` (the JSON name) and `from_name()` for the model's plain enums, from one table each.

/// Implements `name()` and `from_name()` for a plain enum from a table of its JSON names.
macro_rules! json_names {
    ($ty:ident { $($variant:ident => $name:literal),+ $(,)? }) => {
        impl $ty {
            /// The JSON name (`serde` writes the same).
            pub fn name(self) -> &'static str {
                match self {
                    $($ty::$variant => $name),+
                }
            }

            /// The value with this JSON name.
            pub fn from_name(name: &str) -> Result<$ty, String> {
                match name {
                    $($name => Ok($ty::$variant),)+
                    other => Err(format!(
                        concat!("unknown ", stringify!($ty), " \"{}\" (expected {})"),
                        other,
                        [$($name),+].join(", ")
                    )),
                }
            }
        }
    };
}

pub(crate) use json_names;
