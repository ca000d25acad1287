sitrepSearchData("terms/t-sso",{"sso":"EKF16IzOc8"});
