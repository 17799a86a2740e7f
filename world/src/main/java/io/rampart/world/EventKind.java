package io.rampart.world;

/** What a scheduled event does. */
enum EventKind {
  START,
  DELIVER,
  TIMER,
  CRASH,
  RESTART,
  ACTION
}
