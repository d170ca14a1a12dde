console.log("bom ok");
