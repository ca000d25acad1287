sitrepSearchData("terms/t-dep",{"department":"BVIiiLVT0oBKF62","dependent":"RPzi8","depends":"RPzi8","depleted":"NRB81"});
