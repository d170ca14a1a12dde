'use strict';
// How a server's listen() finds out it runs in a cluster worker without
// loading the cluster module: `getServer` stays null except in a worker,
// where internal/cluster/child sets it (see its getServer for the contract).

module.exports = { getServer: null };
