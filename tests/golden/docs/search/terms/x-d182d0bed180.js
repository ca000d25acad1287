sitrepSearchData("terms/x-d182d0bed180",{"торецк":"ByFq6","торецьк":"ByFq6"});
