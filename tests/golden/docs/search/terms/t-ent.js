sitrepSearchData("terms/t-ent",{"entity":"IS-28"});
