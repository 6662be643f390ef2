package org.parkgate.voucher;

/**
 * Each kind of money a voucher line books, with a default code and name of the Chinese chart of
 * accounts (小企业会计准则) that the office replaces with its own. Shown as
 * {@code vouchers.account.<NAME>}.
 */
public enum VoucherAccount {
    CASH("1001", "库存现金"),
    CARD("1002", "银行存款"),
    TRANSFER("1002", "银行存款"),
    WECHAT("1012.01", "其他货币资金-微信支付"),
    ALIPAY("1012.02", "其他货币资金-支付宝"),
    ONLINE("1012.09", "其他货币资金-其他线上"),
    PREPAID_PASSES("2203.01", "预收账款-月卡"),
    PARKING_REVENUE("5001.01", "主营业务收入-停车费"),
    LATE_FEE_INCOME("5301.01", "营业外收入-滞纳金"),
    REFUNDS("5001.09", "主营业务收入-退款");

    private final String defaultCode;
    private final String defaultName;

    VoucherAccount(String defaultCode, String defaultName) {
        this.defaultCode = defaultCode;
        this.defaultName = defaultName;
    }

    public String defaultCode() {
        return defaultCode;
    }

    public String defaultName() {
        return defaultName;
    }
}
