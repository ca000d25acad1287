sitrepSearchData("terms/t-aga",{"again":"y-To8KSJg8","against":"QNXd8xxE58"});
