sitrepSearchData("terms/t-pen",{"pentagon":"BVIieLVT08"});
