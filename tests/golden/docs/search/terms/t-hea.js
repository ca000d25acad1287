sitrepSearchData("terms/t-hea",{"head":"zYKi8","headed":"Cx_u8Q_Iq8","headquartered":"BVIi8","heard":"QNXd8","heavy":"RPzig"});
