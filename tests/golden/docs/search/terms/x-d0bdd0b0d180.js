sitrepSearchData("terms/x-d0bdd0b0d180",{"народна":"IS-22","народная":"IS-22"});
