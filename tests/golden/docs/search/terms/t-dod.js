sitrepSearchData("terms/t-dod",{"dod":"BVIi6"});
