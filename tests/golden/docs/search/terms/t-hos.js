sitrepSearchData("terms/t-hos",{"hosts":"QJ_j8"});
