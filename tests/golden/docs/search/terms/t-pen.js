sitrepSearchData("terms/t-pen",{"pentagon":"BVIiezMG38"});
