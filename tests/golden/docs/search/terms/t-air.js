sitrepSearchData("terms/t-air",{"air":"DTInaIWKmgDFVm8","aircraft":"QNXdgA_W88yF_e8"});
