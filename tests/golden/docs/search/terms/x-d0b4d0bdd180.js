sitrepSearchData("terms/x-d0b4d0bdd180",{"днр":"IS-26"});
