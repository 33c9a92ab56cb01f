/**
 * Row code both engines share: statements whose SQL means the same on SQLite and PostgreSQL, on a
 * connection inside a transaction the engine's database class runs. A store of either engine is its
 * transaction handling around these; a behaviour written here is proven on both by the store's
 * contract test (src/test/.../storage/contract).
 */
package dev.dialdesk.storage.jdbc;
