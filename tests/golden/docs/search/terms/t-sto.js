sitrepSearchData("terms/t-sto",{"stoltenberg":"x-Cf6PQZ38","stop":"RPzi8"});
