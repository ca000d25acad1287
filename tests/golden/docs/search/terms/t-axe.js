sitrepSearchData("terms/t-axe",{"axe":"GCQk8PKF02"});
