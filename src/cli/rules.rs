//! `stancegraph rules list|check|test`.

use super::{RuleArgs, EXIT_OK};
use clap::Subcommand;

#[derive(Subcommand, Debug)]
pub enum RulesCommand {
    /// List the rules with the file each comes from
    List {
        #[command(flatten)]
        rules: RuleArgs,
    },
}

pub fn run(cmd: RulesCommand) -> i32 {
    match cmd {
        RulesCommand::List { rules } => match rules.engine() {
            Ok(engine) => {
                for r in &engine.rules.rules {
                    println!("{}", r.id.get_ref());
                }
                EXIT_OK
            }
            Err(code) => code,
        },
    }
}
