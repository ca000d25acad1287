sitrepSearchData("terms/x-d181d181d0be",{"ссо":"EKF16"});
