sitrepSearchData("terms/t-bra",{"branch":"EKF18","bravado":"NRB88"});
