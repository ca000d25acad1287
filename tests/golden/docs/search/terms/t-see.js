sitrepSearchData("terms/t-see",{"see":"QNXd8xxE5g"});
