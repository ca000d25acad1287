sitrepSearchData("terms/t-sso",{"sso":"EKF16zBDh8"});
