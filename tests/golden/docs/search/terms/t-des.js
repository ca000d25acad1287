sitrepSearchData("terms/t-des",{"describes":"QNXd8","desertion":"QNXd8","designs":"NRB88","desperate":"NRB88","despite":"NRB8o","destroyed":"_XNm8"});
